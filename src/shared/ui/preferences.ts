import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from '../storage'

interface PreferencesState {
  /** 关怀模式: larger text and touch targets */
  elder: boolean
  setElder: (on: boolean) => void
}

export const usePreferences = create<PreferencesState>()(
  persist((set) => ({ elder: false, setElder: (elder) => set({ elder }) }), { name: 'preferences', storage: taroStorage }),
)

import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from '../storage'

interface PreferencesState {
  /** 关怀模式: larger text and touch targets */
  elder: boolean
  /** the user set elder mode themselves: the system font size no longer decides */
  chosen: boolean
  setElder: (on: boolean, byUser?: boolean) => void
}

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({ elder: false, chosen: false, setElder: (elder, byUser = true) => set((s) => ({ elder, chosen: s.chosen || byUser })) }),
    { name: 'preferences', storage: taroStorage },
  ),
)

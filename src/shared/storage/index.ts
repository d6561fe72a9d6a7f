import Taro from '@tarojs/taro'
import { createJSONStorage, type StateStorage } from 'zustand/middleware'

/** Taro storage for zustand's persist: localStorage on H5, wx storage on weapp. */
const taroStateStorage: StateStorage = {
  getItem: (name) => {
    try {
      const value = Taro.getStorageSync(name)
      return typeof value === 'string' && value ? value : null
    } catch {
      return null
    }
  },
  setItem: (name, value) => {
    try {
      Taro.setStorageSync(name, value)
    } catch {
      // Quota exceeded: the state stays in memory for this session.
    }
  },
  removeItem: (name) => {
    try {
      Taro.removeStorageSync(name)
    } catch {
      // nothing to remove
    }
  },
}

export const taroStorage = createJSONStorage(() => taroStateStorage)

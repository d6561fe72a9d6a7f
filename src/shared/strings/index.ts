import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from '../storage'
import { setDateLocale } from '../time'
import { zh } from './zh'
import { en } from './en'

export type StringKey = keyof typeof zh
export type Locale = 'zh' | 'en'
type Params = Record<string, string | number>

interface LocaleState {
  locale: Locale
  setLocale: (locale: Locale) => void
}

export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      locale: 'zh',
      setLocale: (locale) => {
        setDateLocale(locale === 'en' ? 'en' : 'zh-cn')
        set({ locale })
      },
    }),
    {
      name: 'locale',
      storage: taroStorage,
      onRehydrateStorage: () => (state) => {
        if (state) setDateLocale(state.locale === 'en' ? 'en' : 'zh-cn')
      },
    },
  ),
)

function format(template: string, params?: Params): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** Translate outside React (e.g. in the request client); falls back to Chinese. */
export function t(key: StringKey, params?: Params): string {
  const { locale } = useLocaleStore.getState()
  const template = (locale === 'en' ? en[key] : undefined) ?? zh[key]
  return format(template, params)
}

/** Translate in a component; re-renders when the language changes. */
export function useT(): typeof t {
  useLocaleStore((s) => s.locale)
  return t
}

export { zh, en }

import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from '../storage'
import { setDateLocale } from '../time'
import type { zh } from './zh'
import { common } from './zh/common'
import { lookup, registerStrings } from './registry'
import { loadEnglish } from './loadEnglish'

export type StringKey = keyof typeof zh
export type Locale = 'zh' | 'en'
type Params = Record<string, string | number>

interface LocaleState {
  locale: Locale
  setLocale: (locale: Locale) => Promise<void>
}

let english: Partial<Record<StringKey, string>> | null = null

registerStrings(common)

export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      locale: 'zh',
      setLocale: async (locale) => {
        if (locale === 'en' && !english) english = await loadEnglish()
        setDateLocale(locale === 'en' ? 'en' : 'zh-cn')
        set({ locale })
      },
    }),
    {
      name: 'locale',
      storage: taroStorage,
      // Chinese until the English strings have arrived, then re-render in English.
      merge: (persisted, current) => {
        const wanted = (persisted as Partial<LocaleState> | undefined)?.locale
        if (wanted === 'en') setTimeout(() => useLocaleStore.getState().setLocale('en'), 0)
        return current
      },
    },
  ),
)

/**
 * `{count}` is the value; `{count:item|items}` picks the singular when the value is 1 and the plural
 * otherwise (English has just these two forms; Chinese needs none).
 */
export function format(template: string, params?: Params): string {
  if (!params) return template
  return template
    .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (whole, name: string, one: string, other: string) => (name in params ? (Number(params[name]) === 1 ? one : other) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** Translate outside React (e.g. in the request client); falls back to Chinese. */
export function t(key: StringKey, params?: Params): string {
  const { locale } = useLocaleStore.getState()
  const template = (locale === 'en' ? english?.[key] : undefined) ?? lookup(key) ?? key
  return format(template, params)
}

/** Data's own text in the chosen language: its English twin where the data has one (names from the backend). */
export function localized(text: string, english?: string): string {
  return useLocaleStore.getState().locale === 'en' && english ? english : text
}

/** Translate in a component; re-renders when the language changes. */
export function useT(): typeof t {
  useLocaleStore((s) => s.locale)
  return t
}

import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from '../storage'
import { setDateLocale } from '../time'
import { common } from './zh/common'

/** A key of the app-wide words (a feature's own keys are typed by its `translator`). */
export type StringKey = keyof typeof common
export type Locale = 'zh' | 'en'
type Params = Record<string, string | number>
type Table = Readonly<Record<string, string>>

interface LocaleState {
  locale: Locale
  setLocale: (locale: Locale) => Promise<void>
}

let english: Table | null = null
let loadEnglish: (() => Promise<Table>) | null = null
/** English was chosen (a stored choice, at start-up) before the app root handed over its loader */
let englishWanted = false

/**
 * Where the English words come from: the app root hands over the loader. On H5 it gathers every feature's
 * table (shared code imports no feature) in a chunk of its own; on weapp it holds the app-wide words only, and
 * each feature's English travels with its translator (see `translator`).
 */
export function englishFrom(load: () => Promise<Table>): void {
  loadEnglish = load
  if (englishWanted) {
    englishWanted = false
    useLocaleStore.getState().setLocale('en').catch(() => undefined)
  }
}

export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      locale: 'zh',
      setLocale: async (locale) => {
        if (locale === 'en' && !english) {
          // H5 starts the app a task after its modules load (shared/boot): a stored choice can come first
          if (!loadEnglish) { englishWanted = true; return }
          english = await loadEnglish()
        }
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

function translate(own: Table, ownEnglish: Table | undefined, key: string, params?: Params): string {
  const { locale } = useLocaleStore.getState()
  const template = (locale === 'en' ? ownEnglish?.[key] ?? english?.[key] : undefined) ?? own[key] ?? (common as Table)[key] ?? key
  return format(template, params)
}

export const isStringKey = (key: string): key is StringKey => key in common

/** Translate outside React (e.g. in the request client); falls back to Chinese. */
export function t(key: StringKey, params?: Params): string {
  return translate(common, undefined, key, params)
}

/**
 * A feature's own `t` and `useT` over its table (src/features/<f>/strings.ts): they take its keys and the
 * app-wide ones, so a screen opened straight from a link has all its words, and a key from nowhere does not compile.
 * `ownEnglish` is the feature's English, given on weapp only: a mini-program cannot fetch a chunk at run time, so
 * the English sits beside the Chinese in whichever package holds the feature's screens (a subpackage when only
 * subpackage pages use the feature) instead of all of it in the main package. H5 leaves it out (one lazy chunk).
 */
export function translator<Own extends Table>(own: Own, ownEnglish?: Readonly<Record<keyof Own, string>>) {
  type Key = (keyof Own & string) | StringKey
  const translateOwn = (key: Key, params?: Params): string => translate(own, ownEnglish, key, params)
  const useOwnT = (): typeof translateOwn => {
    useLocaleStore((s) => s.locale)
    return translateOwn
  }
  return { t: translateOwn, useT: useOwnT }
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

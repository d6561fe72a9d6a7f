import { translator } from '@/shared/strings'
import { zh } from './strings.zh'
import { en } from './strings.en'
import { zh as entryZh } from './strings.entry.zh'
import { en as entryEn } from './strings.entry.en'

/** The safe feature's words (with its tab-page entries', ./strings.entry) and the app-wide ones, typed: a key it does not have does not compile. */
// English: beside the Chinese on weapp (in this feature's package); H5 drops this import and loads one chunk (src/english.h5.ts).
export const { t, useT } = translator({ ...entryZh, ...zh }, process.env.TARO_ENV === 'weapp' ? { ...entryEn, ...en } : undefined)
export type StringKey = Parameters<typeof t>[0]

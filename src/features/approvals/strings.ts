import { translator } from '@/shared/strings'
import { zh } from './strings.zh'
import { en } from './strings.en'

/** The approvals feature's words and the app-wide ones, typed: a key it does not have does not compile. */
// English: beside the Chinese on weapp (in this feature's package); H5 drops this import and loads one chunk (src/english.h5.ts).
export const { t, useT } = translator(zh, process.env.TARO_ENV === 'weapp' ? en : undefined)
export type StringKey = Parameters<typeof t>[0]

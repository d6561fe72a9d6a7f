import { translator } from '@/shared/strings'
import { zh } from './strings.zh'

/** The assist feature's words and the app-wide ones, typed: a key it does not have does not compile. */
export const { t, useT } = translator(zh)
export type StringKey = Parameters<typeof t>[0]

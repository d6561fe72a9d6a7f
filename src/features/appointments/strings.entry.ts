import { translator } from '@/shared/strings'
import { zh } from './strings.entry.zh'
import { en } from './strings.entry.en'

/**
 * The words of the appointments feature's components on tab pages (the 预约 tab's appointment cards), apart from the rest (./strings): on weapp
 * a tab page's components land in the main package, and with them their translator's tables.
 */
export const { t: entryT, useT: useEntryT } = translator(zh, process.env.TARO_ENV === 'weapp' ? en : undefined)
export type EntryKey = Parameters<typeof entryT>[0]

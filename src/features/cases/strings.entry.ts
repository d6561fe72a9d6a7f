import { translator } from '@/shared/strings'
import { zh } from './strings.entry.zh'
import { en } from './strings.entry.en'

/**
 * The words of the cases feature's entries on tab pages (我的's entries), apart from the rest (./strings): on weapp a
 * tab page's components land in the main package, and with them their translator's tables.
 */
export const { useT: useEntryT } = translator(zh, process.env.TARO_ENV === 'weapp' ? en : undefined)

import '../catalogue.css'
import { Text, View } from '@tarojs/components'
import type { ServiceItem } from '@/contract'
import { localized } from '@/shared/strings'
import { useT } from '../strings'
import { ItemTags } from './ItemTags'

const SKIPPED = /[（）()·、，,\s]/

/**
 * Where the query stands in the name: as typed, or as pinyin initials
 * (`psxk` lights up 排水许可; the initials have one letter per Chinese
 * character, brackets left out, so positions map back to the name).
 */
export function matchRange(name: string, initials: string | undefined, query: string): [number, number] | null {
  const q = query.trim().toLowerCase()
  if (!q) return null
  const at = name.toLowerCase().indexOf(q)
  if (at >= 0) return [at, at + q.length]
  if (!initials || !/^[a-z]+$/.test(q)) return null
  const positions: number[] = []
  for (let i = 0; i < name.length; i++) if (!SKIPPED.test(name[i])) positions.push(i)
  const from = positions.length === initials.length ? initials.indexOf(q) : -1
  return from < 0 ? null : [positions[from], positions[from + q.length - 1] + 1]
}

function Highlighted({ text, initials, query }: { text: string; initials?: string; query: string }) {
  const range = matchRange(text, initials, query)
  if (!range) return <Text>{text}</Text>
  return (
    <Text>
      {text.slice(0, range[0])}
      <Text className='catalogue-hit'>{text.slice(range[0], range[1])}</Text>
      {text.slice(range[1])}
    </Text>
  )
}

/** `why`: what matched, in plain words (one search's rows say it). */
export function ItemRow({ item, query = '', why, onOpen }: { item: ServiceItem; query?: string; why?: string; onOpen: (item: ServiceItem) => void }) {
  const t = useT()
  // in English, the English name where the item has one (pinyin initials light up the Chinese name only)
  const name = localized(item.name, item.nameEn)
  return (
    <View className='ui-cell' onClick={() => onOpen(item)} role='button' data-testid='item-row'>
      <View className='ui-cell__body'>
        <View className='ui-cell__title'><Highlighted text={name} initials={name === item.name ? item.initials : undefined} query={query} /></View>
        {why && <Text className='catalogue-why' data-testid='search-why'>{why}</Text>}
        <View className='ui-cell__desc'>{item.department} · {item.timeLimitDays === 0 ? t('item.timeLimitNow') : t('item.timeLimit', { days: item.timeLimitDays })}</View>
        <ItemTags item={item} />
      </View>
    </View>
  )
}

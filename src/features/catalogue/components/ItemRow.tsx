import { Text, View } from '@tarojs/components'
import type { ServiceItem } from '@/contract'
import { Tag } from '@/shared/ui'
import { useT } from '@/shared/strings'

/** The query's first occurrence in the name, emphasised. */
function Highlighted({ text, query }: { text: string; query: string }) {
  const q = query.trim()
  const at = q ? text.toLowerCase().indexOf(q.toLowerCase()) : -1
  if (at < 0) return <Text>{text}</Text>
  return (
    <Text>
      {text.slice(0, at)}
      <Text className='catalogue-hit'>{text.slice(at, at + q.length)}</Text>
      {text.slice(at + q.length)}
    </Text>
  )
}

export function ItemRow({ item, query = '', onOpen }: { item: ServiceItem; query?: string; onOpen: (item: ServiceItem) => void }) {
  const t = useT()
  return (
    <View className='ui-cell' onClick={() => onOpen(item)} role='button' data-testid='item-row'>
      <View className='ui-cell__body'>
        <View className='ui-cell__title'><Highlighted text={item.name} query={query} /></View>
        <View className='ui-cell__desc'>{item.department} · {item.timeLimitDays === 0 ? t('item.timeLimitNow') : t('item.timeLimit', { days: item.timeLimitDays })}</View>
        {(item.instant || item.noCertificate || item.online) && (
          <View className='catalogue-tags'>
            {item.instant && <Tag tone='success'>{t('item.instant')}</Tag>}
            {item.noCertificate && <Tag tone='primary'>{t('item.noCertificate')}</Tag>}
            {item.online && <Tag tone='neutral'>{t('item.online')}</Tag>}
          </View>
        )}
      </View>
    </View>
  )
}

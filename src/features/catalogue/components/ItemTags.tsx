import '../catalogue.css'
import { View } from '@tarojs/components'
import type { ServiceItem } from '@/contract'
import { Tag } from '@/shared/ui'
import { useT } from '../strings'

/** 秒批 / 免证办 / 告知承诺 / 容缺 / 全程网办 (and 云窗口 on the guide): one place, so a row and the guide never disagree. */
export function ItemTags({ item, full = false }: { item: ServiceItem; full?: boolean }) {
  const t = useT()
  const tags = [
    item.instant && <Tag key='instant' tone='success'>{t('item.instant')}</Tag>,
    item.noCertificate && <Tag key='nocert' tone='primary'>{t('item.noCertificate')}</Tag>,
    full && item.commitment && <Tag key='commit' tone='warning'>{t('item.commitment')}</Tag>,
    full && item.deferrable && <Tag key='defer' tone='warning'>{t('item.deferrable')}</Tag>,
    item.online && <Tag key='online' tone='neutral'>{t('item.online')}</Tag>,
    full && item.cloudWindow && <Tag key='cloud' tone='neutral'>{t('item.cloudWindow')}</Tag>,
  ].filter(Boolean)
  if (!tags.length) return null
  return <View className='catalogue-tags' data-testid='item-tags'>{tags}</View>
}

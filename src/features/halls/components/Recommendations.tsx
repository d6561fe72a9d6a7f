import { Text, View } from '@tarojs/components'
import type { Recommendation } from '@/contract'
import { hallNameEn } from '@/contract'
import { Card, EmptyState, LoadState, Tag } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { localized } from '@/shared/strings'
import { useT } from '../strings'
import { hallsApi } from '../api'
import { usePosition } from '../usePosition'
import '../halls.entry.css'
import '../halls.css'

/** Halls ranked for an item (distance, earliest free slot, queue), each with why. */
export function Recommendations({ itemId, onPick }: { itemId: string; onPick: (r: Recommendation) => void }) {
  const t = useT()
  // Ranking starts without a position and refines when one comes (or never does).
  const position = usePosition()
  const recs = useResource(
    () => hallsApi.recommendations({ itemId, ...(position ? { lng: position.lng, lat: position.lat, crs: position.crs } : {}) }),
    [itemId, position?.lng, position?.lat],
  )
  return (
    <View data-testid='recommendations'>
      <Text className='ui-muted halls-count'>{t('halls.recommend.hint')}</Text>
      <LoadState resource={recs} isEmpty={(d) => d.items.every((r) => !r.earliestStart)}
        empty={<EmptyState icon='calendar' title={t('halls.recommend.none')} hint={t('halls.recommend.noneHint')} />}>
        {(data) => (
          <View style={{ marginTop: '8px' }}>
            {data.items.filter((r) => r.earliestStart).slice(0, 8).map((r) => (
              <Card key={r.hall.id} testId='recommendation' onClick={() => onPick(r)}>
                <View className='halls-card__head'>
                  <Text className='halls-rec__rank'>{r.rank}</Text>
                  <Text className='halls-card__name'>{localized(r.hall.name, hallNameEn(r.hall.name))}</Text>
                  <Tag tone='primary'>{t(`hall.kind.${r.hall.kind}`)}</Tag>
                </View>
                <Text className='halls-rec__why'>{r.why}</Text>
              </Card>
            ))}
          </View>
        )}
      </LoadState>
    </View>
  )
}

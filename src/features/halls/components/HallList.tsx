import { Text, View } from '@tarojs/components'
import type { Hall, HallKind } from '@/contract'
import { Card, EmptyState, Icon, LoadState, Tag, colors } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useT } from '@/shared/strings'
import { hallsApi } from '../api'

const KIND_ORDER: Record<HallKind, number> = { centre: 0, subcentre: 1, town: 2, kiosk: 3 }

/** Halls as a list (the map's twin for screen readers and people who prefer lists). */
export function HallList({ kind, limit }: { kind?: HallKind; limit?: number }) {
  const t = useT()
  const halls = useResource(() => hallsApi.list({ kind }), [kind], { cacheKey: `halls:${kind ?? 'all'}` })
  return (
    <LoadState resource={halls} isEmpty={(d) => d.items.length === 0} empty={<EmptyState icon='pin' title={t('state.empty')} />}>
      {(data) => (
        <View data-testid='hall-list'>
          {[...data.items].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]).slice(0, limit).map((hall: Hall) => (
            <Card key={hall.id} testId='hall-card'>
              <View className='ui-row'>
                <Text style={{ fontWeight: 600, flex: 1 }}>{hall.name}</Text>
                <Tag tone={hall.kind === 'kiosk' ? 'neutral' : 'primary'}>{t(`hall.kind.${hall.kind}`)}</Tag>
              </View>
              <View className='ui-row ui-muted' style={{ marginTop: '6px' }}>
                <Icon name='pin' size={14} color={colors.textHint} />
                <Text style={{ marginLeft: '4px' }}>{hall.address}</Text>
              </View>
              <View className='ui-row ui-muted' style={{ marginTop: '4px' }}>
                <Icon name='clock' size={14} color={colors.textHint} />
                <Text style={{ marginLeft: '4px' }}>{hall.hoursText}</Text>
              </View>
              <View className='ui-row' style={{ marginTop: '8px' }}>
                <Tag tone={hall.queueLength > 15 ? 'warning' : 'success'}>{t('appointments.queue', { count: hall.queueLength })}</Tag>
                <Tag tone='neutral'>{t('appointments.items', { count: hall.itemCount })}</Tag>
              </View>
            </Card>
          ))}
        </View>
      )}
    </LoadState>
  )
}

import { Text, View } from '@tarojs/components'
import type { HallWithDistance } from '@/contract'
import { hallNameEn } from '@/contract'
import { Card, Icon, Tag, colors } from '@/shared/ui'
import { localized } from '@/shared/strings'
import { useEntryT as useT } from '../strings.entry'
import { KIND_COLORS, distanceText, hallOpenState, openText } from '../format'
import '../halls.entry.css'

/** A hall in a list: name, kind, distance, address, open now / opens at, queue; a 政务晓屋's self-services. */
export function HallCard({ hall, onOpen }: { hall: HallWithDistance; onOpen?: (hall: HallWithDistance) => void }) {
  const t = useT()
  const state = hallOpenState(hall)
  const distance = distanceText(hall.distanceKm)
  return (
    <Card testId='hall-card' onClick={onOpen ? () => onOpen(hall) : undefined}>
      <View className='halls-card__head'>
        <View className='halls-kind-dot' style={{ background: KIND_COLORS[hall.kind] }} aria-hidden />
        <Text className='halls-card__name'>{localized(hall.name, hallNameEn(hall.name))}</Text>
        {distance && <Text className='halls-card__distance' data-testid='hall-distance'>{distance}</Text>}
      </View>
      <View className='halls-card__line ui-muted'>
        <Icon name='pin' size={14} color={colors.textHint} />
        <Text className='halls-card__text'>{hall.address}</Text>
      </View>
      <View className='halls-card__tags'>
        <Tag tone={hall.kind === 'kiosk' ? 'neutral' : 'primary'}>{t(`hall.kind.${hall.kind}`)}</Tag>
        <Tag tone={state.open ? 'success' : 'neutral'}>{openText(state)}</Tag>
        {state.open && hall.kind !== 'kiosk' && (
          <Tag tone={hall.queueLength > 15 ? 'warning' : 'success'}>{t('appointments.queue', { count: hall.queueLength })}</Tag>
        )}
        {hall.cloudWindow && <Tag tone='warning'>{t('halls.cloudWindow')}</Tag>}
      </View>
      {hall.selfServices.length > 0 && (
        <Text className='halls-card__services ui-muted' data-testid='hall-services'>
          {hall.selfServices.slice(1, 3).map((s) => t(`halls.service.${s}`)).join(' · ')} {t('halls.services.more', { count: hall.selfServices.length })}
        </Text>
      )}
    </Card>
  )
}

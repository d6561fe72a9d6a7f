import { Text, View } from '@tarojs/components'
import type { Appointment } from '@/contract'
import { hallNameEn } from '@/contract'
import { Card, Icon, Tag, colors } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { localized } from '@/shared/strings'
import { useEntryT as useT, type EntryKey as StringKey } from '../strings.entry'
import { useSession } from '@/shared/session'
import { appointmentsApi } from '../api'
import { STATUS_TONE, whenText } from '../format'
import { Countdown } from './Countdown'
import '../appointments.entry.css'

export const MY_APPOINTMENTS_CACHE = 'appointments:mine'

/** Bookings are server state; the last list is kept on the device for offline viewing. */
export function useMyAppointments() {
  const ensure = useSession((s) => s.ensure)
  return useResource(async () => {
    await ensure()
    return appointmentsApi.list()
  }, [], { cacheKey: MY_APPOINTMENTS_CACHE, tags: ['appointments'] })
}

export function AppointmentCard({ appointment: a, onOpen }: { appointment: Appointment; onOpen: (a: Appointment) => void }) {
  const t = useT()
  return (
    <Card testId='appointment-card' onClick={() => onOpen(a)}>
      <View className='appointments-card__head'>
        <Text className='appointments-card__item'>{localized(a.itemName, a.itemNameEn)}</Text>
        <Tag tone={STATUS_TONE[a.status]}>{t(`halls.appt.status.${a.status}` as StringKey)}</Tag>
      </View>
      {a.situationName && (
        <View className='appointments-card__line'>
          <Icon name='file' size={14} color={colors.textHint} />
          <Text className='appointments-card__text' data-testid='appointment-situation'>{t('halls.appt.situation', { name: localized(a.situationName, a.situationNameEn) })}</Text>
        </View>
      )}
      <View className='appointments-card__line'>
        <Icon name='clock' size={14} color={colors.textHint} />
        <Text className='appointments-card__text' data-testid='appointment-when'>{whenText(a)}</Text>
      </View>
      <View className='appointments-card__line'>
        <Icon name='pin' size={14} color={colors.textHint} />
        <Text className='appointments-card__text'>{localized(a.hallName, hallNameEn(a.hallName))}</Text>
      </View>
      {a.status === 'booked' && <Countdown start={a.start} end={a.end} />}
      {a.status === 'checked-in' && a.queueNumber && (
        <Text className='appointments-countdown'>{t('halls.appt.queueNumber')} {a.queueNumber}</Text>
      )}
    </Card>
  )
}

import { Text, View } from '@tarojs/components'
import { Button, EmptyState, Icon, LoadState, Page, Section, Skeleton, colors } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useT } from '@/shared/strings'
import { go, ROUTES } from '@/shared/routes'
import { HallList, hallsApi } from '@/features/halls'
import { AppointmentCard, isUpcoming, useMyAppointments } from '@/features/appointments'

/** 预约 tab: the next booking, the ways in (book, map, list) and the main halls. Light: the map lives in the subpackage. */
export default function AppointmentsPage() {
  const t = useT()
  const mine = useMyAppointments()
  const halls = useResource(() => hallsApi.list(), [], { cacheKey: 'halls:all' })
  const open = (id: string) => go(ROUTES.appointment, { id })
  return (
    <Page>
      <Section title={t('halls.appt.next')} extra={t('halls.appt.all')} onExtra={() => go(ROUTES.myAppointments)}>
        <LoadState resource={mine} skeleton={<Skeleton cards={1} rows={3} />} isEmpty={(d) => !d.items.some(isUpcoming)}
          empty={<EmptyState icon='calendar' title={t('halls.appt.none')} hint={t('halls.appt.noneHint')} action={t('halls.appt.bookNow')} onAction={() => go(ROUTES.hallBooking)} />}>
          {(data) => <AppointmentCard appointment={data.items.find(isUpcoming)!} onOpen={(a) => open(a.id)} />}
        </LoadState>
      </Section>
      <Section>
        <View className='appointments-actions'>
          <Button onClick={() => go(ROUTES.hallBooking)} testId='start-booking'>{t('halls.book.title')}</Button>
          <Button variant='plain' onClick={() => go(ROUTES.hallMap)} testId='open-map'>{t('halls.findHall')}</Button>
        </View>
      </Section>
      <Section title={t('appointments.halls')} extra={t('halls.listView')} onExtra={() => go(ROUTES.hallMap, { view: 'list' })}>
        <LoadState resource={halls} skeleton={<Skeleton cards={2} rows={3} />}>
          {(data) => <HallList halls={data.items.filter((h) => h.kind !== 'kiosk')} shown={5} onOpen={(h) => go(ROUTES.hall, { id: h.id })} />}
        </LoadState>
        <View className='halls-more ui-muted' onClick={() => go(ROUTES.hallMap)} role='link'>
          <Icon name='map' size={14} color={colors.primary} />
          <Text style={{ marginLeft: '4px', color: colors.primary }}>{t('halls.count', { count: halls.data?.total ?? 123 })}</Text>
        </View>
      </Section>
    </Page>
  )
}

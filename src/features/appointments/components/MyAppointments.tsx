import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Appointment } from '@/contract'
import { EmptyState, LoadState } from '@/shared/ui'
import { useT } from '../strings'
import { isUpcoming } from '../format'
import { AppointmentCard, useMyAppointments } from './AppointmentCard'
import '../appointments.entry.css'
import '../appointments.css'

/** Upcoming and past bookings, with a countdown on each upcoming one. */
export function MyAppointments({ onOpen, onBook }: { onOpen: (a: Appointment) => void; onBook: () => void }) {
  const t = useT()
  const [tab, setTab] = useState<'upcoming' | 'past'>('upcoming')
  const list = useMyAppointments()
  return (
    <View data-testid='my-appointments'>
      <View className='appointments-tabs' role='tablist'>
        {(['upcoming', 'past'] as const).map((k) => (
          <Text key={k} role='tab' aria-selected={tab === k} className={`appointments-tab ${tab === k ? 'appointments-tab--on' : ''}`} onClick={() => setTab(k)}>
            {t(k === 'upcoming' ? 'halls.appt.upcoming' : 'halls.appt.past')}
          </Text>
        ))}
      </View>
      <LoadState resource={list}>
        {(data) => {
          const rows = data.items.filter((a) => (tab === 'upcoming' ? isUpcoming(a) : !isUpcoming(a)))
          if (tab === 'past') rows.reverse()
          if (rows.length === 0) {
            return tab === 'upcoming'
              ? <EmptyState icon='calendar' title={t('halls.appt.none')} hint={t('halls.appt.noneHint')} action={t('halls.appt.bookNow')} onAction={onBook} />
              : <EmptyState icon='calendar' title={t('halls.appt.nonePast')} />
          }
          return <View className='appointments-list'>{rows.map((a) => <AppointmentCard key={a.id} appointment={a} onOpen={onOpen} />)}</View>
        }}
      </LoadState>
    </View>
  )
}

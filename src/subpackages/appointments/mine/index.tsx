import { Page } from '@/shared/ui'
import { go, ROUTES } from '@/shared/routes'
import { MyAppointments } from '@/features/appointments/screens'

export default function MyAppointmentsPage() {
  return (
    <Page>
      <MyAppointments onOpen={(a) => go(ROUTES.appointment, { id: a.id })} onBook={() => go(ROUTES.hallBooking)} />
    </Page>
  )
}

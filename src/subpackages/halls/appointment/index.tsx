import '@/shared/strings/zh/halls'
import { useRouter } from '@tarojs/taro'
import { EmptyState, Page } from '@/shared/ui'
import { useT } from '@/shared/strings'
import { navigateTo } from '@/features/halls'
import { AppointmentDetail } from '@/features/appointments/screens'

export default function AppointmentPage() {
  const t = useT()
  const { params } = useRouter()
  return (
    <Page>
      {params.id
        ? <AppointmentDetail id={params.id} onNavigate={(a) => navigateTo({ lng: a.hallLng, lat: a.hallLat, name: a.hallName, address: a.hallAddress })} />
        : <EmptyState icon='calendar' title={t('halls.appt.none')} />}
    </Page>
  )
}

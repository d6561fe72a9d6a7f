import { useRouter } from '@tarojs/taro'
import { NotFoundState, Page } from '@/shared/ui'
import { navigateTo } from '@/features/halls'
import { AppointmentDetail } from '@/features/appointments/screens'

export default function AppointmentPage() {
  const { params } = useRouter()
  return (
    <Page>
      {params.id
        ? <AppointmentDetail id={params.id} onNavigate={(a) => navigateTo({ lng: a.hallLng, lat: a.hallLat, name: a.hallName, address: a.hallAddress })} />
        : <NotFoundState />}
    </Page>
  )
}

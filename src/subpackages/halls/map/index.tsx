import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { go, ROUTES } from '@/shared/routes'
import { MapScreen } from '@/features/halls/map'

/** The map route: the only page that loads the map (and, on H5, mapbox-gl and its CSS). */
export default function HallMapPage() {
  const { params } = useRouter()
  return (
    <Page>
      <MapScreen initialView={params.view === 'list' ? 'list' : 'map'} onOpen={(hall) => go(ROUTES.hall, { id: hall.id })} />
    </Page>
  )
}

import '@/shared/strings/zh/halls'
import { useRouter } from '@tarojs/taro'
import { useSharePage } from '@/shared/share'
import { NotFoundState, Page } from '@/shared/ui'
import { HallDetailView } from '@/features/halls/screens'

export default function HallPage() {
  const { params } = useRouter()
  useSharePage('share.hall')
  return (
    <Page>
      {params.id ? <HallDetailView hallId={params.id} itemId={params.itemId} /> : <NotFoundState />}
    </Page>
  )
}

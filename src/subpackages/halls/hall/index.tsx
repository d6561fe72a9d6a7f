import '@/shared/strings/zh/halls'
import { useRouter } from '@tarojs/taro'
import { useSharePage } from '@/shared/share'
import { EmptyState, Page } from '@/shared/ui'
import { useT } from '@/shared/strings'
import { HallDetailView } from '@/features/halls/screens'

export default function HallPage() {
  const t = useT()
  const { params } = useRouter()
  useSharePage('share.hall')
  return (
    <Page>
      {params.id ? <HallDetailView hallId={params.id} itemId={params.itemId} /> : <EmptyState icon='pin' title={t('halls.empty')} />}
    </Page>
  )
}

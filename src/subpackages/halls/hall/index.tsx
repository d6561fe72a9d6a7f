import '@/shared/strings/zh/halls'
import { useRouter } from '@tarojs/taro'
import { useSharePage } from '@/shared/share'
import { EmptyState, Page } from '@/shared/ui'
import { useT } from '@/shared/strings'
import { getPosition } from '@/features/halls'
import { HallDetailView } from '@/features/halls/screens'
import { VisitEntry } from '@/features/visit'

export default function HallPage() {
  const t = useT()
  const { params } = useRouter()
  useSharePage('share.hall')
  return (
    <Page>
      {params.id ? (
        <>
          <VisitEntry hallId={params.id} itemId={params.itemId} getPosition={getPosition} />
          <HallDetailView hallId={params.id} itemId={params.itemId} />
        </>
      ) : <EmptyState icon='pin' title={t('halls.empty')} />}
    </Page>
  )
}

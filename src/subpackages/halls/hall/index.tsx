import { useRouter } from '@tarojs/taro'
import { useSharePage } from '@/shared/share'
import { NotFoundState, Page } from '@/shared/ui'
import { getPosition } from '@/features/halls'
import { HallDetailView } from '@/features/halls/screens'
import { VisitEntry } from '@/features/visit'
import { AssistLink } from '@/features/assist'

export default function HallPage() {
  const { params } = useRouter()
  useSharePage('share.hall')
  return (
    <Page>
      {params.id ? (
        <>
          <HallDetailView hallId={params.id} itemId={params.itemId} visit={<VisitEntry hallId={params.id} itemId={params.itemId} getPosition={getPosition} />} />
          <AssistLink type='hall' id={params.id} />
        </>
      ) : <NotFoundState />}
    </Page>
  )
}

import { useRouter } from '@tarojs/taro'
import { NotFoundState, Page, Skeleton } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { AssistDetail } from '@/features/assist/screens'

export default function AssistDetailPage() {
  const { params } = useRouter()
  const token = useSession((s) => s.token)
  return (
    <Page>
      {!params.id ? <NotFoundState /> : token ? <AssistDetail key={token} id={params.id} /> : <Skeleton cards={2} />}
    </Page>
  )
}

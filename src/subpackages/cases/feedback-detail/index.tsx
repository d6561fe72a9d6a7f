import { useRouter } from '@tarojs/taro'
import { NotFoundState, Page } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { FeedbackDetail } from '@/features/cases'

export default function FeedbackDetailPage() {
  const { params } = useRouter()
  const token = useSession((s) => s.token)
  return (
    <Page>
      {params.id ? <FeedbackDetail key={token ?? 'none'} id={params.id} enabled={!!token} /> : <NotFoundState />}
    </Page>
  )
}

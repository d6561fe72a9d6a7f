import { useRouter } from '@tarojs/taro'
import { Page, Skeleton } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { FeedbackForm } from '@/features/cases'

export default function FeedbackPage() {
  const { params } = useRouter()
  const token = useSession((s) => s.token)
  return (
    <Page>
      {token ? <FeedbackForm key={token} caseId={params.caseId || undefined} /> : <Skeleton cards={2} />}
    </Page>
  )
}

import { useRouter } from '@tarojs/taro'
import { Page, Skeleton } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { FeedbackForm } from '@/features/cases'

/** The question 问一问 could not answer arrives encoded on weapp and may arrive decoded on H5: decode once, and never throw on a stray %. */
function decoded(text: string | undefined): string {
  if (!text) return ''
  try { return decodeURIComponent(text) } catch { return text }
}

export default function FeedbackPage() {
  const { params } = useRouter()
  const token = useSession((s) => s.token)
  return (
    <Page>
      {token ? <FeedbackForm key={token} caseId={params.caseId || undefined} initialText={decoded(params.text)} /> : <Skeleton cards={2} />}
    </Page>
  )
}

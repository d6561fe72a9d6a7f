import { useRouter } from '@tarojs/taro'
import type { AssistTargetType } from '@/contract'
import { NotFoundState, Page, Skeleton } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { AssistForm } from '@/features/assist/screens'

const TYPES: AssistTargetType[] = ['item', 'bundle', 'hall']

export default function AssistRequestPage() {
  const { params } = useRouter()
  const token = useSession((s) => s.token)
  const type = TYPES.find((x) => x === params.type)
  return (
    <Page>
      {!type || !params.id ? <NotFoundState /> : token ? <AssistForm key={token} type={type} id={params.id} /> : <Skeleton cards={2} />}
    </Page>
  )
}

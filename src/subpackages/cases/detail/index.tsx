import { useRouter } from '@tarojs/taro'
import { NotFoundState, Page } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { CaseDetail } from '@/features/cases'

export default function CaseDetailPage() {
  const { params } = useRouter()
  const token = useSession((s) => s.token)
  return (
    <Page>
      {params.id ? <CaseDetail key={token ?? 'none'} id={params.id} enabled={!!token} /> : <NotFoundState />}
    </Page>
  )
}

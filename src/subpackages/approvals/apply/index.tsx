import { useRouter } from '@tarojs/taro'
import { NotFoundState, Page } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { InstantApply } from '@/features/approvals'

export default function InstantApplyPage() {
  const { params } = useRouter()
  const token = useSession((s) => s.token)
  return (
    <Page>
      {params.itemId ? <InstantApply key={token ?? 'none'} itemId={params.itemId} enabled={!!token} /> : <NotFoundState />}
    </Page>
  )
}

import { useRouter } from '@tarojs/taro'
import { NotFoundState, Page } from '@/shared/ui'
import { ApplyForm } from '@/features/policies'

export default function PolicyApplyPage() {
  const { params } = useRouter()
  return (
    <Page>
      {params.id ? <ApplyForm policyId={params.id} /> : <NotFoundState />}
    </Page>
  )
}

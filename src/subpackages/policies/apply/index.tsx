import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { ApplyForm } from '@/features/policies'

export default function PolicyApplyPage() {
  const { params } = useRouter()
  return (
    <Page>
      <ApplyForm policyId={params.id ?? ''} />
    </Page>
  )
}

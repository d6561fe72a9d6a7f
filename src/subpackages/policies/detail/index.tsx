import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { PolicyDetail } from '@/features/policies'

export default function PolicyPage() {
  const { params } = useRouter()
  return (
    <Page>
      <PolicyDetail id={params.id ?? ''} />
    </Page>
  )
}

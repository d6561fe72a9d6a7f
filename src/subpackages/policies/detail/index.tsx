import { useRouter } from '@tarojs/taro'
import { useSharePage } from '@/shared/share'
import { Page } from '@/shared/ui'
import { PolicyDetail } from '@/features/policies'

export default function PolicyPage() {
  const { params } = useRouter()
  useSharePage('share.policy')
  return (
    <Page>
      <PolicyDetail id={params.id ?? ''} />
    </Page>
  )
}

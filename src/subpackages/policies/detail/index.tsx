import { useRouter } from '@tarojs/taro'
import { useSharePage } from '@/shared/share'
import { NotFoundState, Page } from '@/shared/ui'
import { PolicyDetail } from '@/features/policies'

export default function PolicyPage() {
  const { params } = useRouter()
  useSharePage('share.policy')
  return (
    <Page>
      {params.id ? <PolicyDetail id={params.id} /> : <NotFoundState />}
    </Page>
  )
}

import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { PolicyArea } from '@/features/policies'

export default function PoliciesPage() {
  const { params } = useRouter()
  const tab = params.tab === 'all' || params.tab === 'for-you' ? params.tab : undefined
  return (
    <Page>
      <PolicyArea initialTab={tab} />
    </Page>
  )
}

import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { ApplicationStatus } from '@/features/policies'

export default function PolicyApplicationPage() {
  const { params } = useRouter()
  return (
    <Page>
      <ApplicationStatus id={params.id ?? ''} />
    </Page>
  )
}

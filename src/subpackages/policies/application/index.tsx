import { useRouter } from '@tarojs/taro'
import { NotFoundState, Page } from '@/shared/ui'
import { ApplicationStatus } from '@/features/policies'

export default function PolicyApplicationPage() {
  const { params } = useRouter()
  return (
    <Page>
      {params.id ? <ApplicationStatus id={params.id} /> : <NotFoundState />}
    </Page>
  )
}

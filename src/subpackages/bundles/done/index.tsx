import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { DoneView } from '@/features/bundles'

export default function BundleDonePage() {
  const { params } = useRouter()
  return (
    <Page>
      <DoneView caseId={params.case ?? ''} />
    </Page>
  )
}

import { useRouter } from '@tarojs/taro'
import { NotFoundState, Page } from '@/shared/ui'
import { DoneView } from '@/features/bundles'

export default function BundleDonePage() {
  const { params } = useRouter()
  return (
    <Page>
      {params.case ? <DoneView caseId={params.case} /> : <NotFoundState />}
    </Page>
  )
}

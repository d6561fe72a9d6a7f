import { useRouter } from '@tarojs/taro'
import { NotFoundState, Page } from '@/shared/ui'
import { GuidedApplication } from '@/features/bundles'

export default function BundleApplyPage() {
  const { params } = useRouter()
  return (
    <Page>
      {params.id ? <GuidedApplication bundleId={params.id} /> : <NotFoundState />}
    </Page>
  )
}

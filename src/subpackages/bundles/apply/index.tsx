import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { GuidedApplication } from '@/features/bundles'

export default function BundleApplyPage() {
  const { params } = useRouter()
  return (
    <Page>
      <GuidedApplication bundleId={params.id ?? ''} />
    </Page>
  )
}

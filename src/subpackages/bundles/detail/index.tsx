import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { BundleOverview } from '@/features/bundles'

export default function BundleDetailPage() {
  const { params } = useRouter()
  return (
    <Page>
      <BundleOverview bundleId={params.id ?? ''} />
    </Page>
  )
}

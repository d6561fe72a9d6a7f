import { useRouter } from '@tarojs/taro'
import { useSharePage } from '@/shared/share'
import { NotFoundState, Page } from '@/shared/ui'
import { BundleOverview } from '@/features/bundles'

export default function BundleDetailPage() {
  const { params } = useRouter()
  useSharePage('share.bundle')
  return (
    <Page>
      {params.id ? <BundleOverview bundleId={params.id} /> : <NotFoundState />}
    </Page>
  )
}

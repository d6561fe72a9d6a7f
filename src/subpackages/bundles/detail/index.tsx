import { useRouter } from '@tarojs/taro'
import { useSharePage } from '@/shared/share'
import { NotFoundState, Page } from '@/shared/ui'
import { BundleOverview } from '@/features/bundles'
import { AskBox } from '@/features/catalogue'
import { AssistLink } from '@/features/assist'

export default function BundleDetailPage() {
  const { params } = useRouter()
  useSharePage('share.bundle')
  return (
    <Page>
      {params.id ? (
        <>
          <BundleOverview bundleId={params.id} />
          <AskBox bundleId={params.id} />
          <AssistLink type='bundle' id={params.id} />
        </>
      ) : <NotFoundState />}
    </Page>
  )
}

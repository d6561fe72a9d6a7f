import { Page } from '@/shared/ui'
import { BundleList } from '@/features/bundles'

export default function BundleListPage() {
  return (
    <Page>
      <BundleList />
    </Page>
  )
}

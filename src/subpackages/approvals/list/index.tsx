import { Page } from '@/shared/ui'
import { InstantList } from '@/features/approvals'

export default function InstantListPage() {
  return (
    <Page>
      <InstantList />
    </Page>
  )
}

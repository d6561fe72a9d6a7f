import { Page } from '@/shared/ui'
import { ApplicationList } from '@/features/policies'

export default function PolicyApplicationsPage() {
  return (
    <Page>
      <ApplicationList />
    </Page>
  )
}

import { Page } from '@/shared/ui'
import { FeedbackDesk } from '@/features/clerk'

export default function ClerkFeedbackPage() {
  return (
    <Page>
      <FeedbackDesk />
    </Page>
  )
}

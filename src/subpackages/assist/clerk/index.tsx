import { Page } from '@/shared/ui'
import { AssistDesk } from '@/features/assist/screens'

export default function ClerkAssistPage() {
  return (
    <Page>
      <AssistDesk />
    </Page>
  )
}

import { Page } from '@/shared/ui'
import { PrivacyGuide } from '@/features/account'

export default function PrivacyPage() {
  return (
    <Page>
      <PrivacyGuide />
    </Page>
  )
}

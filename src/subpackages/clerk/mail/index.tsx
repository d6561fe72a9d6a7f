import { Page } from '@/shared/ui'
import { DispatchDesk } from '@/features/clerk'

export default function ClerkMailPage() {
  return (
    <Page>
      <DispatchDesk />
    </Page>
  )
}

import { Page } from '@/shared/ui'
import { go, ROUTES } from '@/shared/routes'
import { ScanDesk, useOutcome } from '@/features/clerk'

export default function ClerkScanPage() {
  const setOutcome = useOutcome((s) => s.set)
  return (
    <Page>
      <ScanDesk onOutcome={(outcome) => { setOutcome(outcome); go(ROUTES.clerkResult) }} />
    </Page>
  )
}

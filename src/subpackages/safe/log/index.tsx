import { Page } from '@/shared/ui'
import { AccessLog } from '@/features/safe'

export default function AccessLogPage() {
  return (
    <Page>
      <AccessLog />
    </Page>
  )
}

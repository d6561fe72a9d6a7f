import { Page } from '@/shared/ui'
import { Workbench } from '@/features/visit'

export default function ClerkWindowPage() {
  return <Page><Workbench /></Page>
}

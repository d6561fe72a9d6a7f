import { Page } from '@/shared/ui'
import { CatalogueBrowser } from '@/features/catalogue'

export default function ServicesPage() {
  return (
    <Page>
      <CatalogueBrowser />
    </Page>
  )
}

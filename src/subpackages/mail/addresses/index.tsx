import { Page } from '@/shared/ui'
import { AddressBook } from '@/features/mail'

export default function AddressesPage() {
  return (
    <Page>
      <AddressBook />
    </Page>
  )
}

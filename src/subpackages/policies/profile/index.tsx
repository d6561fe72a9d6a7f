import { Page } from '@/shared/ui'
import { ProfileForm } from '@/features/policies'

export default function BusinessProfilePage() {
  return (
    <Page>
      <ProfileForm />
    </Page>
  )
}

import { Page, Section } from '@/shared/ui'
import { useT } from '@/shared/strings'
import { ProfileCard, RoleSwitcher, Settings, SignOut } from '@/features/account'
import { useDrafts } from '@/features/bundles'
import { PolicyMeEntries } from '@/features/policies'
import { CaseMeEntries } from '@/features/cases'

export default function MePage() {
  const t = useT()
  return (
    <Page>
      <Section>
        <ProfileCard />
      </Section>
      <Section title={t('me.switchRole')}>
        <RoleSwitcher />
      </Section>
      <CaseMeEntries />
      <PolicyMeEntries />
      <Section title={t('me.settings')}>
        <Settings />
      </Section>
      <Section>
        {/* drafts hold ID numbers: they go with the session */}
        <SignOut onSignedOut={(userId) => useDrafts.getState().forgetUser(userId)} />
      </Section>
    </Page>
  )
}

import { Page, Section } from '@/shared/ui'
import { useT } from '@/shared/strings'
import { ProfileCard, RoleSwitcher, Settings } from '@/features/account'
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
    </Page>
  )
}

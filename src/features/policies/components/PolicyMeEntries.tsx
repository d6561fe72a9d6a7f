import { Cell, List, Section } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { useEntryT } from '../strings.entry'
import { go, ROUTES } from '@/shared/routes'

/** 我的 → 我的申报 and 企业信息, for the business account. */
export function PolicyMeEntries() {
  const t = useEntryT()
  const role = useSession((s) => s.user?.role)
  if (role !== 'business') return null
  return (
    <Section title={t('policies.title')}>
      <List>
        <Cell icon='gift' title={t('policies.me.entry')} desc={t('policies.me.entryHint')} onClick={() => go(ROUTES.policyApplications)} testId='me-policy-applications' />
        <Cell icon='building' title={t('policies.profile.entry')} desc={t('policies.profile.entryHint')} onClick={() => go(ROUTES.businessProfile)} testId='me-business-profile' />
      </List>
    </Section>
  )
}

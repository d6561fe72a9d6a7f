import { Cell, List, Section } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { useEntryT } from '../strings.entry'
import { go, ROUTES } from '@/shared/routes'

/** 我的 → 我的办件, 秒批秒办, 办不成事反映, 收件地址 (not for the clerk's desk account). */
export function CaseMeEntries() {
  const t = useEntryT()
  const role = useSession((s) => s.user?.role)
  if (role === 'clerk') return null
  return (
    <Section title={t('approvals.me.title')}>
      <List>
        <Cell icon='list' title={t('me.cases')} desc={t('approvals.me.casesHint')} onClick={() => go(ROUTES.cases)} testId='me-cases' />
        <Cell icon='bolt' title={t('home.shortcut.instant')} desc={t('approvals.me.instantHint')} onClick={() => go(ROUTES.instant)} testId='me-instant' />
        <Cell icon='message' title={t('me.feedback')} desc={t('approvals.me.feedbackHint')} onClick={() => go(ROUTES.feedback)} testId='me-feedback' />
        <Cell icon='pin' title={t('me.addresses')} desc={t('me.addressesHint')} onClick={() => go(ROUTES.addresses)} testId='me-addresses' />
      </List>
    </Section>
  )
}

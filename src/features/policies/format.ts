import type { MatchStatus, PolicyApplicationStatus, PolicyIndustry, PolicySummary } from '@/contract'
import type { Tone } from '@/shared/ui'
import type { t as translate } from './strings'
import { local } from '@/shared/time'

export { formatYuan } from '@/contract'

type T = typeof translate

/** 12 月 28 日截止 · 还剩 3 天截止 · 已于 … 截止 */
export function deadlineText(policy: Pick<PolicySummary, 'deadline' | 'deadlineStatus' | 'daysLeft'>, t: T): string {
  const date = local(policy.deadline).format('YYYY-MM-DD')
  if (policy.deadlineStatus === 'closed') return t('policies.deadline.closed', { date })
  if (policy.deadlineStatus === 'closing') return policy.daysLeft <= 0 ? t('policies.deadline.lastDay') : t('policies.deadline.closing', { days: policy.daysLeft })
  return t('policies.deadline.open', { date })
}

export const DEADLINE_TONE: Record<PolicySummary['deadlineStatus'], Tone> = { open: 'primary', closing: 'warning', closed: 'neutral' }
export const MATCH_TONE: Record<MatchStatus, Tone> = { eligible: 'success', near: 'warning', ineligible: 'neutral', closed: 'neutral' }
export const APPLICATION_TONE: Record<PolicyApplicationStatus, Tone> = { submitted: 'primary', 'in-review': 'warning', paid: 'success' }

export function industryNames(industries: PolicyIndustry[], t: T): string {
  return industries.length ? industries.map((i) => t(`policies.industry.${i}`)).join(t('format.listSeparator')) : t('policies.allIndustries')
}

import type { CaseSource, CaseStatus } from '@/contract'
import type { StringKey } from './strings'
import type { Tone } from '@/shared/ui'

/** How each status shows: its tag's words and colour, and how far along the steps it is. */
export const STATUS: Record<CaseStatus, { label: StringKey; tone: Tone; step: number }> = {
  submitted: { label: 'approvals.cases.status.submitted', tone: 'primary', step: 0 },
  accepted: { label: 'approvals.cases.status.accepted', tone: 'primary', step: 1 },
  'needs-correction': { label: 'approvals.cases.status.needs-correction', tone: 'warning', step: 1 },
  'in-review': { label: 'approvals.cases.status.in-review', tone: 'primary', step: 2 },
  approved: { label: 'approvals.cases.status.approved', tone: 'success', step: 3 },
  rejected: { label: 'approvals.cases.status.rejected', tone: 'danger', step: 3 },
  paid: { label: 'approvals.cases.status.paid', tone: 'success', step: 3 },
  collected: { label: 'approvals.cases.status.collected', tone: 'success', step: 4 },
  cancelled: { label: 'approvals.cases.status.cancelled', tone: 'neutral', step: 0 },
}

/** The steps every item goes through (提交 → 受理 → 审核 → 办结 → 取件). */
export const STEPS: StringKey[] = ['approvals.cases.step.submitted', 'approvals.cases.step.accepted', 'approvals.cases.step.review', 'approvals.cases.step.done', 'approvals.cases.step.collected']

/**
 * A help request (帮办代办) is not reviewed: 申请 → 安排 (a time and a staff member) → 帮办完成. Its case moves
 * submitted → accepted → approved (the clerk marks it done after the visit), or is cancelled by the resident.
 */
export const ASSIST_STEPS: StringKey[] = ['approvals.cases.step.asked', 'approvals.cases.step.arranged', 'approvals.cases.step.helped']
export const ASSIST_STEP: Partial<Record<CaseStatus, number>> = { submitted: 0, accepted: 1, approved: 2 }

export const SOURCE: Record<CaseSource, StringKey> = {
  bundle: 'approvals.cases.source.bundle',
  instant: 'approvals.cases.source.instant',
  policy: 'approvals.cases.source.policy',
  item: 'approvals.cases.source.item',
  assist: 'approvals.cases.source.assist',
}

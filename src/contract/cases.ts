import type { IsoDate, IsoDateTime } from './common'
import type { CaseDelivery, MailIn } from './mail'
import { id, int, text, v } from './schema'

/** Where an application (办件) or one of its items stands. */
export type CaseStatus =
  | 'submitted' // 已提交
  | 'accepted' // 已受理
  | 'needs-correction' // 需补正
  | 'in-review' // 审核中
  | 'approved' // 已办结（通过）
  | 'rejected' // 不予许可
  | 'paid' // 已兑现 (policy applications)
  | 'collected' // 已取件
  | 'cancelled'

/** `assist`: a 帮办代办 request (its sourceId is the request's id) */
export type CaseSource = 'bundle' | 'instant' | 'policy' | 'item' | 'assist'

export type CaseEventKind =
  | 'submitted'
  | 'accepted'
  | 'materials-received'
  | 'in-review'
  | 'correction-requested'
  | 'approved'
  | 'rejected'
  | 'paid'
  | 'collected'
  | 'dispatched' // 已寄出 (政务专递)
  | 'delivered' // 已签收
  | 'mail-in' // 寄件: pickup booked
  | 'note'

export interface CaseEvent {
  at: IsoDateTime
  kind: CaseEventKind
  /** plain-language line for the timeline */
  text: string
  /** who did it: 系统, a clerk's masked name, a department */
  actor?: string
  /** the sub-case it concerns, when not the whole case */
  subCaseId?: string
}

/** One item's part of a case (a bundle makes one per selected item). */
export interface SubCase {
  id: string
  itemId: string
  itemName: string
  department: string
  status: CaseStatus
  updatedAt: IsoDateTime
}

export interface Case {
  id: string
  /** 办件编号 shown to people, e.g. PY20261123-000123 */
  number: string
  ownerId: string
  title: string
  source: CaseSource
  /** the bundle, item or policy it came from */
  sourceId: string
  status: CaseStatus
  subCases: SubCase[]
  events: CaseEvent[]
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
  /** a result to collect at the counter (送件码/取件码) */
  pickupRequired?: boolean
  /** certificate issued into the safe */
  certificateId?: string
  /** policy applications: the amount paid out, in yuan */
  amountPaid?: number
  rating?: { stars: number; comment: string; at: IsoDateTime }
  /** 窗口领取 or 邮寄到家, chosen when submitting; the waybill once sent */
  delivery?: CaseDelivery
  /** 寄件: materials picked up by the carrier */
  mailIn?: MailIn
  /** when the mock's clock should move it on next (manual cases) */
  nextStepAt?: IsoDateTime
  /** the steps still to come for a manual case (mock), the first due at nextStepAt */
  plan?: CaseStepPlan[]
}

/** 好差评 comments and 办不成事 texts: the limits the forms show. */
export const COMMENT_MAX = 300
export const FEEDBACK_TEXT_MIN = 5
export const FEEDBACK_TEXT_MAX = 500

/** POST /api/cases/:id/rating */
export const RatingBody = v.strictObject({
  stars: int(1, 5, '请选择 1 到 5 星'),
  comment: v.optional(text(COMMENT_MAX, 0, '评价'), ''),
})
export type RatingRequest = v.InferInput<typeof RatingBody>

/** POST /api/feedback */
export const FeedbackBody = v.strictObject({
  kind: v.picklist(['cannot-do', 'suggestion'], '请选择反映类型'),
  text: text(FEEDBACK_TEXT_MAX),
  caseId: v.optional(id('办件无效')),
})
export type FeedbackRequest = v.InferOutput<typeof FeedbackBody>

/** Status groups the case list filters by (GET /api/cases?status=); an exact CaseStatus works too. */
export type CaseFilter = 'all' | 'in-progress' | 'needs-correction' | 'done'

export const CASE_FILTERS: Record<Exclude<CaseFilter, 'all'>, CaseStatus[]> = {
  'in-progress': ['submitted', 'accepted', 'in-review'],
  'needs-correction': ['needs-correction'],
  done: ['approved', 'rejected', 'paid', 'collected', 'cancelled'],
}

/** Finished cases (办结, whatever the result) can be rated (好差评); a cancelled one cannot. */
export function isCaseDone(status: CaseStatus): boolean {
  return status !== 'cancelled' && CASE_FILTERS.done.includes(status)
}

/** GET /api/cases: the page plus how many cases each filter holds. */
export interface CaseListResponse {
  items: Case[]
  total: number
  page: number
  pageSize: number
  counts: Record<CaseFilter, number>
}

/**
 * A step the mock moves a manual case on by, `afterMinutes` after the previous one.
 * A case may carry its own plan (NewCase.plan); else the default plan for its source is used.
 */
export interface CaseStepPlan {
  afterMinutes: number
  status: CaseStatus
  kind: CaseEventKind
  text: string
  actor?: string
}

/**
 * A loop that closes (办不成事, a suggestion, or a 1–2 star 好差评): 已受理 → 处理中 (a department named) →
 * 已答复 (the reply) → the person confirms 已解决, or reopens once with a reason (back to 处理中).
 */
export type FeedbackStatus = 'handling' | 'answered' | 'resolved'

/** How long a department has to answer: working days after 受理 or after a reopen. */
export const FEEDBACK_REPLY_WORKING_DAYS = 3

export interface FeedbackEvent {
  at: IsoDateTime
  kind: 'received' | 'assigned' | 'answered' | 'reopened' | 'resolved'
  /** the reply, or the reason a reopen gives */
  text?: string
  /** who acted: a department, a clerk with their hall */
  actor?: string
}

export interface Feedback {
  id: string
  /** 反映编号 shown to people */
  number: string
  ownerId: string
  kind: FeedbackRequest['kind']
  /** what opened the loop: a feedback form, or a low 好差评 */
  source: 'feedback' | 'rating'
  /** the stars of the rating that opened it */
  stars?: number
  text: string
  caseId?: string
  caseNumber?: string
  status: FeedbackStatus
  /** the department that answers */
  department: string
  /** the last working day for the answer (YYYY-MM-DD, Asia/Shanghai) */
  replyDue: IsoDate
  /** handling past replyDue (computed when read) */
  overdue: boolean
  reply?: string
  /** it may be reopened once */
  reopened: boolean
  events: FeedbackEvent[]
  createdAt: IsoDateTime
}

/** POST /api/clerk/feedback/:id/reply */
export const FeedbackReplyBody = v.strictObject({
  text: text(FEEDBACK_TEXT_MAX, FEEDBACK_TEXT_MIN, '答复'),
})
export type FeedbackReplyRequest = v.InferOutput<typeof FeedbackReplyBody>

/** POST /api/feedback/:id/reopen */
export const FeedbackReopenBody = v.strictObject({
  reason: text(COMMENT_MAX, FEEDBACK_TEXT_MIN, '原因'),
})
export type FeedbackReopenRequest = v.InferOutput<typeof FeedbackReopenBody>

import type { IsoDateTime } from './common'

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

export type CaseSource = 'bundle' | 'instant' | 'policy' | 'item'

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
  /** when the mock's clock should move it on next (manual cases) */
  nextStepAt?: IsoDateTime
}

export interface RatingRequest {
  stars: number
  comment: string
}

export interface FeedbackRequest {
  kind: 'cannot-do' | 'suggestion'
  text: string
  caseId?: string
}

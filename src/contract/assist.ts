import type { IsoDate, IsoDateTime } from './common'
import { id, isoDate, isoDateTime, mobile, text, v } from './schema'

/**
 * 帮办代办 (issue 17 item 2): 陪办 (someone meets you at the hall), 代办 (a staff member does it on your
 * authorisation from the safe), 上门办 (a home visit for residents aged 60+, disabled or seriously ill).
 */
export type AssistKind = 'accompany' | 'proxy' | 'home'
export const ASSIST_KINDS: AssistKind[] = ['accompany', 'proxy', 'home']
/** 已提交 → 已受理 (a time and a staff member) → 已完成, or 已取消 by the resident before the time */
export type AssistState = 'submitted' | 'accepted' | 'done' | 'cancelled'
/** what the request is about: an item guide, a 一件事 bundle or a hall */
export type AssistTargetType = 'item' | 'bundle' | 'hall'

export const HOME_VISIT_AGE = 60
export const ASSIST_DECLARATION_MAX = 200
export const ASSIST_DOCUMENTS_MAX = 10
export const ASSIST_HELPER_MAX = 20

/** A half day the resident may ask for (offered by GET /api/assist/options). */
export interface AssistSlot {
  date: IsoDate
  half: 'am' | 'pm'
}

export interface AssistEligibility {
  eligible: boolean
  /** shown to the resident as is (Chinese) */
  reason: string
  /** what decided it: the age read from the ID number, a declaration, or neither */
  basis: 'age' | 'declaration' | 'none'
}

/** GET /api/assist/options?type=&id= */
export interface AssistOptions {
  target: { type: AssistTargetType; id: string; name: string }
  slots: AssistSlot[]
  /** 上门办 for this resident from their ID number (a declaration can still make them eligible) */
  homeVisit: AssistEligibility
}

export interface AssistRequest {
  id: string
  caseId: string
  /** 办件编号 of its case */
  caseNumber: string
  kind: AssistKind
  target: { type: AssistTargetType; id: string; name: string }
  preferred: AssistSlot
  /** callback number, masked */
  phoneMasked: string
  state: AssistState
  /** 代办: the safe documents the resident authorised */
  documents?: Array<{ id: string; name: string }>
  /** 上门办: why the resident is eligible */
  eligibility?: string
  /** set by the clerk who accepts it */
  scheduledAt?: IsoDateTime
  helperName?: string
  createdAt: IsoDateTime
}

/** How long a revealed callback number stays on the clerk's screen. */
export const ASSIST_PHONE_REVEAL_SECONDS = 60

/** POST /api/clerk/assist/:id/reveal-phone: the callback number in full, for the clerk to call back; logged in the resident's safe. */
export interface RevealPhoneResponse {
  phone: string
  /** the app hides it again then */
  visibleUntil: IsoDateTime
}

/** POST /api/assist */
export const CreateAssistBody = v.strictObject({
  kind: v.picklist(ASSIST_KINDS, '请选择帮办方式'),
  target: v.strictObject({
    type: v.picklist(['item', 'bundle', 'hall'], '事项类型无效'),
    id: id('事项无效'),
  }),
  slot: v.strictObject({
    date: isoDate(),
    half: v.picklist(['am', 'pm'], '请选择上午或下午'),
  }),
  phone: mobile(),
  /** 代办: the safe documents the staff member may use */
  documentIds: v.optional(v.pipe(v.array(id('证照无效'), '应为列表'), v.maxLength(ASSIST_DOCUMENTS_MAX, `最多 ${ASSIST_DOCUMENTS_MAX} 份`))),
  /** 上门办: a disability or serious illness, in the resident's words */
  declaration: v.optional(text(ASSIST_DECLARATION_MAX, 0, '说明')),
})
export type CreateAssistRequest = v.InferOutput<typeof CreateAssistBody>

/** POST /api/clerk/assist/:id/accept */
export const AcceptAssistBody = v.strictObject({
  scheduledAt: isoDateTime(),
  helperName: text(ASSIST_HELPER_MAX, 1, '陪办员姓名'),
})
export type AcceptAssistRequest = v.InferOutput<typeof AcceptAssistBody>

/** GET /api/assist/options: the query (strings) */
export const AssistOptionsQuery = v.object({
  type: v.picklist(['item', 'bundle', 'hall'], '事项类型无效'),
  id: id('事项无效'),
})

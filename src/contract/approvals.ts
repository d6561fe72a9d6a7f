import type { IsoDate, IsoDateTime } from './common'
import { num, openMap, text, v } from './schema'

/** 秒批秒办: rules decide an application now, from e-licences, shared government data and a short form. */
export type InstantDecisionKind = 'approved' | 'rejected' | 'manual'

/** A rule's verdict: passed, failed (a refusal), or cannot decide (a person looks at it). */
export type RuleVerdict = 'pass' | 'fail' | 'unknown'

/** One thing the form asks, because no data source holds it. */
export interface InstantField {
  name: string
  label: string
  kind: 'number' | 'text' | 'date' | 'select' | 'commitment'
  /** number fields: unit shown after the value, e.g. m² */
  unit?: string
  options?: Array<{ value: string; label: string }>
  placeholder?: string
  hint?: string
  required: boolean
  /** number fields: the most 秒批 takes, from the item's own rule (the app checks it as the user types) */
  max?: number
  /** what happens above `max`: the rule refuses (offer 转一般程序 before filing), or a person reviews it */
  overMax?: 'refused' | 'manual'
  /** date fields: the days that can be picked, counted from today (district time); without it, five years either side */
  dateRange?: { fromDays: number; toDays: number }
}

/** A rule as people read it (the list on the checking screen and the item page). */
export interface InstantCheck {
  id: string
  label: string
  /** where it is checked: 电子证照库, 信用广州, 表单 … */
  source: string
}

/** A fact found without asking: shown as 已自动核验 with its source. */
export interface VerifiedFact {
  label: string
  /** masked where personal */
  value: string
  source: string
  /** false when the source holds nothing usable (the rule will say why) */
  ok: boolean
}

export interface InstantItemSummary {
  itemId: string
  name: string
  department: string
  target: 'person' | 'business' | 'both'
  /** what the applicant gets */
  resultName: string
  checkCount: number
  fieldCount: number
}

/** GET /api/instant/:itemId — the form for this applicant. */
export interface InstantItemDetail extends InstantItemSummary {
  checks: InstantCheck[]
  fields: InstantField[]
  /** facts the rules will read, for this applicant */
  verified: VerifiedFact[]
  /** the signed-in role may apply (else: the role it needs) */
  eligible: boolean
  requiredRole?: 'resident' | 'business'
}

/** POST /api/instant/:itemId: the form's values by field name; the item's rules check each one. */
export const InstantApplyBody = v.strictObject({
  form: openMap(v.union([text(500), num(-1e12, 1e12, '数值超出范围'), v.boolean()], '应为文字、数字或是否'), 30),
})
export type InstantApplyRequest = v.InferOutput<typeof InstantApplyBody>

/** One rule's outcome, in plain words. */
export interface RuleResult {
  ruleId: string
  label: string
  source: string
  verdict: RuleVerdict
  /** why it failed or could not decide */
  message?: string
  /** what to do about it */
  remedy?: string
}

/** POST /api/instant/:itemId */
export interface InstantDecision {
  decision: InstantDecisionKind
  /** every failed (rejected) or undecided (manual) rule, explained */
  reasons: RuleResult[]
  /** every rule in order, for the ticking animation */
  checks: RuleResult[]
  caseId: string
  caseNumber: string
  certificateId?: string
  decidedAt: IsoDateTime
}

export interface CertificateDetail {
  label: string
  value: string
}

export type CertificateState = 'valid' | 'expired' | 'revoked'

/** GET /api/certificates/:id/verify — public; a tampered id is refused (400 CERTIFICATE_INVALID). */
export interface CertificateVerification {
  id: string
  state: CertificateState
  valid: boolean
  /** 证书编号 shown on the certificate */
  number: string
  title: string
  itemName: string
  issuer: string
  /** masked holder name and code */
  holder: string
  holderCode: string
  issuedAt: IsoDateTime
  validUntil?: IsoDate
  details: CertificateDetail[]
  /** what the QR code carries */
  qrText: string
  checkedAt: IsoDateTime
}

/**
 * 秒批秒办: build the rules' context for an applicant (e-licences from the
 * safe, shared government data, the form), let the engine decide, record the
 * case, and issue a signed e-certificate into the safe when approved — at
 * once, or later when a person approves a case the rules could not decide.
 */
import { hmac } from '@noble/hashes/hmac'
import { sha256 } from '@noble/hashes/sha256'
import type { Case, InstantField, CertificateVerification, InstantDecision, InstantItemDetail, InstantItemSummary, Role } from '../../src/contract'
import { maskIdNumber, maskName, maskNumber } from '../../src/contract'
import { itemById } from '../catalogue/items'
import { INSTANT_RULES, instantRules } from './rules'
import { CREDIT_RECORDS, ENTERPRISES, HUKOU, SOCIAL_INSURANCE, weatherRecord } from './shared-data'
import type { UserRecord } from '../account/users'
import { ApiFailure, fail } from '../errors'
import type { Store } from '../store'
import { createCase, localYmd, recordStep } from '../cases/domain'
import { addDocument, documents } from '../safe/documents'
import { decide, validateForm, verifiedFacts, type InstantItemRules, type RuleContext } from './rules-engine'
import { addDays, localDate } from '../calendar'
import { utf8 } from '../bytes'

export const CERTIFICATES = 'certificates'
export const INSTANT_APPLICATIONS = 'instant-applications'
const SYSTEM = '秒批系统'
const MANUAL_FIRST_STEP_MINUTES = 30

export interface CertificateRecord {
  id: string
  number: string
  itemId: string
  itemName: string
  title: string
  issuer: string
  ownerId: string
  holder: string
  holderCode: string
  issuedAt: string
  validUntil?: string
  details: Array<{ label: string; value: string }>
  caseId: string
  revoked?: boolean
}

/** What an application keeps so that a person's later approval can issue the certificate. */
interface InstantApplication {
  caseId: string
  itemId: string
  ownerId: string
  form: Record<string, unknown>
}

export function todayIn(now: Date): string {
  return localDate(now.getTime())
}

function rulesOrThrow(itemId: string): InstantItemRules {
  const rules = instantRules(itemId)
  if (!rules) throw fail.notFound('秒批事项')
  return rules
}

function summary(rules: InstantItemRules): InstantItemSummary {
  const item = itemById(rules.itemId)!
  return { itemId: rules.itemId, name: item.name, department: item.department, target: rules.target, resultName: rules.resultName, checkCount: rules.rules.length, fieldCount: rules.fields.length }
}

export function instantItems(): InstantItemSummary[] {
  return INSTANT_RULES.map(summary)
}

function requiredRole(rules: InstantItemRules): 'resident' | 'business' | undefined {
  return rules.target === 'business' ? 'business' : rules.target === 'person' ? 'resident' : undefined
}

function userOf(store: Store, userId: string): UserRecord {
  const user = store.collection<UserRecord>('users').get(userId)
  if (!user) throw fail.unauthenticated()
  return user
}

/** The rules' view of one applicant: licences from their safe, shared data by their codes, and the form. */
export function contextFor(store: Store, userId: string, role: Role, form: Record<string, unknown>, now: Date): RuleContext {
  const user = userOf(store, userId)
  const licences = documents(store).filter((d) => d.ownerId === userId && d.kind === 'licence')
  const idNumber = user.idNumber
  const creditCode = role === 'business' ? user.creditCode : undefined
  return {
    applicant: { role, idNumber, creditCode },
    licences: licences.map((d) => ({ type: d.type, name: d.name, issuer: d.issuer, numberMasked: d.numberMasked, validUntil: d.validUntil })),
    enterprise: creditCode ? ENTERPRISES[creditCode] : undefined,
    credit: CREDIT_RECORDS[creditCode ?? idNumber ?? ''],
    insurance: idNumber ? SOCIAL_INSURANCE[idNumber] : undefined,
    hukou: idNumber ? HUKOU[idNumber] : undefined,
    form,
    today: todayIn(now),
  }
}

/** A number field carries its rule's limit, so the form can say "over the limit" before anything is filed. */
function withLimit(field: InstantField, rules: InstantItemRules): InstantField {
  for (const rule of rules.rules) {
    const when = rule.when
    if ((when.kind === 'number-max' || when.kind === 'number-max-or-manual') && when.field === field.name) {
      return { ...field, max: when.max, overMax: when.kind === 'number-max' ? 'refused' : 'manual' }
    }
  }
  return field
}

/** The form for this applicant: the questions, and what was already verified (with its source). */
export function instantItemDetail(store: Store, userId: string, role: Role, itemId: string, now: Date): InstantItemDetail {
  const rules = rulesOrThrow(itemId)
  const needed = requiredRole(rules)
  const eligible = !needed || needed === role
  const ctx = contextFor(store, userId, role, {}, now)
  return { ...summary(rules), checks: rules.rules.map((r) => ({ id: r.id, label: r.label, source: r.source })), fields: rules.fields.map((f) => withLimit(f, rules)), verified: eligible ? verifiedFacts(rules.rules, ctx) : [], eligible, requiredRole: needed }
}

function normaliseForm(rules: InstantItemRules, raw: unknown): Record<string, unknown> {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
  // The item's fields decide which keys the form may hold: any other is refused, never stored.
  const stray = Object.keys(input).find((key) => !rules.fields.some((field) => field.name === key))
  if (stray) throw fail.unknownField(`form.${stray}`)
  const form: Record<string, unknown> = {}
  for (const field of rules.fields) {
    const value = input[field.name]
    if (field.kind === 'number') form[field.name] = value === '' || value === undefined || value === null ? undefined : Number(value)
    else if (field.kind === 'commitment') form[field.name] = value === true
    else form[field.name] = typeof value === 'string' ? value.trim() : value === undefined || value === null ? undefined : String(value)
  }
  return form
}

/**
 * POST /api/instant/:itemId — decide now, record the case, and issue the certificate when approved.
 * Repeats with the same Idempotency-Key (also two in flight at once) are answered by the route's
 * `idempotent: true` in http.ts, so they never reach here twice.
 */
export function applyInstant(store: Store, userId: string, role: Role, itemId: string, rawForm: unknown, now: Date): InstantDecision {
  const rules = rulesOrThrow(itemId)
  const needed = requiredRole(rules)
  if (needed && needed !== role) throw fail.forbidden(needed === 'business' ? '该事项需以企业身份办理' : '该事项需以个人身份办理')
  const form = normaliseForm(rules, rawForm)
  const fieldErrors = validateForm(rules, form)
  if (Object.keys(fieldErrors).length) throw fail.badRequest('请检查填写的内容', fieldErrors)

  const result = decide(rules.rules, contextFor(store, userId, role, form, now))
  const item = itemById(itemId)!
  const manual = result.decision === 'manual'
  let record = createCase(store, {
    ownerId: userId,
    title: item.name,
    source: 'instant',
    sourceId: itemId,
    itemIds: [itemId],
    nextStepAt: manual ? new Date(now.getTime() + MANUAL_FIRST_STEP_MINUTES * 60_000).toISOString() : undefined,
  }, now)
  store.collection<InstantApplication>(INSTANT_APPLICATIONS).put(record.id, { caseId: record.id, itemId, ownerId: userId, form })
  let certificateId: string | undefined
  if (result.decision === 'approved') {
    record = recordStep(store, record.id, { status: 'accepted', event: { kind: 'accepted', text: `自动核验 ${result.checks.length} 项规则，全部通过`, actor: SYSTEM } }, now)
    record = recordStep(store, record.id, { status: 'approved', event: { kind: 'approved', text: '秒批通过，准予许可', actor: SYSTEM } }, now)
    record = issueCertificate(store, record, now)
    certificateId = record.certificateId
  } else if (result.decision === 'rejected') {
    record = recordStep(store, record.id, { status: 'rejected', event: { kind: 'rejected', text: `不予许可：${result.reasons.map((r) => r.message).join('；')}`, actor: SYSTEM } }, now)
  } else {
    record = recordStep(store, record.id, { event: { kind: 'note', text: `自动核验未能判断：${result.reasons.map((r) => r.message).join('；')}。已转人工审核`, actor: SYSTEM } }, now)
  }
  return { decision: result.decision, reasons: result.reasons, checks: result.checks, caseId: record.id, caseNumber: record.number, certificateId, decidedAt: now.toISOString() }
}

// ---- certificates: signed numbers, issued into the safe ----

/** The signing key lives only in the mock (the real one in the issuing system's HSM). */
const CERT_KEY = utf8('panyu-mock-certificate-key-v1:7f3c9a1e5b')
const SIGNATURE_HEX = 12
const CERT_ID = /^(PYSP\d{14})-([0-9a-f]{12})$/

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

export function signSerial(serial: string): string {
  return hex(hmac(sha256, CERT_KEY, utf8(serial))).slice(0, SIGNATURE_HEX)
}

function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

/** The QR on a certificate carries this; the certificate page accepts it as well as the bare id. */
export const certificateQrText = (id: string) => `PYCERT:${id}`

function certificateDetails(rules: InstantItemRules, form: Record<string, unknown>): Array<{ label: string; value: string }> {
  const details = rules.fields
    .filter((f) => f.kind !== 'commitment' && form[f.name] !== undefined)
    .map((f) => ({ label: f.label, value: f.kind === 'select' ? f.options?.find((o) => o.value === String(form[f.name]))?.label ?? String(form[f.name]) : `${form[f.name]}${f.unit ? ` ${f.unit}` : ''}` }))
  if (rules.itemId === 'weather-cert' && typeof form.date === 'string') {
    const w = weatherRecord(form.date)
    details.push({ label: '天气实况', value: `${w.weather}，降雨量 ${w.rainfallMm} mm，最大风力 ${w.maxWindLevel} 级，气温 ${w.tempRange}` })
  }
  return details
}

function validUntilFor(rules: InstantItemRules, form: Record<string, unknown>, today: string): string | undefined {
  if (!rules.validity) return undefined
  if ('untilField' in rules.validity) return String(form[rules.validity.untilField])
  return addDays(today, rules.validity.days)
}

/** Issue the case's certificate (signed number, record, safe document) and note it on the case; once. */
export function issueCertificate(store: Store, record: Case, now: Date): Case {
  if (record.certificateId) return record
  const application = store.collection<InstantApplication>(INSTANT_APPLICATIONS).get(record.id)
  const rules = application && instantRules(application.itemId)
  if (!application || !rules) return record
  const user = userOf(store, record.ownerId)
  const item = itemById(rules.itemId)!
  const seq = (store.getMeta<number>('certificateSeq') ?? 0) + 1
  store.setMeta('certificateSeq', seq)
  const serial = `PYSP${localYmd(now)}${String(seq).padStart(6, '0')}`
  const id = `${serial}-${signSerial(serial)}`
  const today = todayIn(now)
  const business = user.role === 'business'
  const certificate: CertificateRecord = {
    id,
    number: serial,
    itemId: rules.itemId,
    itemName: item.name,
    title: rules.resultName,
    issuer: item.department,
    ownerId: record.ownerId,
    holder: business ? user.companyName ?? '' : maskName(user.name),
    holderCode: business ? maskNumber(user.creditCode ?? '') : maskIdNumber(user.idNumber ?? ''),
    issuedAt: now.toISOString(),
    validUntil: validUntilFor(rules, application.form, today),
    details: certificateDetails(rules, application.form),
    caseId: record.id,
  }
  store.collection<CertificateRecord>(CERTIFICATES).put(id, certificate)
  addDocument(store, { id, ownerId: record.ownerId, kind: 'certificate', type: rules.itemId, name: rules.resultName, issuer: item.department, number: serial, validFrom: today, validUntil: certificate.validUntil, caseId: record.id }, now)
  return recordStep(store, record.id, { event: { kind: 'collected', text: `电子证照《${rules.resultName}》已存入数字保险箱`, actor: SYSTEM }, patch: { certificateId: id } }, now)
}

// A person's approval of an instant application the rules could not decide issues the certificate too.
/** GET /api/certificates/:id/verify — anyone may check; a forged or altered id is refused. */
export function verifyCertificate(store: Store, rawId: string, now: Date): CertificateVerification {
  const id = rawId.trim().replace(/^PYCERT:/, '')
  const match = CERT_ID.exec(id)
  if (!match || !sameText(signSerial(match[1]), match[2])) {
    throw new ApiFailure(400, 'CERTIFICATE_INVALID', '证书编号无效：签名不符，可能被篡改或伪造')
  }
  const certificate = store.collection<CertificateRecord>(CERTIFICATES).get(id)
  if (!certificate) throw fail.notFound('证书')
  const today = todayIn(now)
  const state = certificate.revoked ? 'revoked' : certificate.validUntil && certificate.validUntil < today ? 'expired' : 'valid'
  const { ownerId: _owner, caseId: _case, revoked: _revoked, ...shown } = certificate
  return { ...shown, state, valid: state === 'valid', qrText: certificateQrText(id), checkedAt: now.toISOString() }
}

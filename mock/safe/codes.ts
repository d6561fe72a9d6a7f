import type { CodePurpose, CodeState, CreateCodeRequest, SafeCode, SafeCodeSummary, SafeDocument } from '../../src/contract'
import { CODE_TTL_MS, MAX_CODE_LENGTH } from '../../src/contract'
import { ApiFailure, fail } from '../errors'
import { newId, randomDigits } from '../ids'
import type { Store } from '../store'
import { getCase } from '../cases/domain'
import { documents, ownDocument } from './documents'
import { MAX_DOCUMENTS, signCode, verifyCode } from './signing'

/*
 * The records behind 收件码 / 取件码 (signing.ts makes and checks the signed text): a record makes a code single
 * use and revocable, and maps its 8 short digits for manual entry. The counter (mock/clerk/counter.ts) redeems them.
 */

/** Used, revoked and expired codes are kept this long (for the state shown to the owner), then dropped. */
const KEEP_MS = 24 * 3600_000
const CODES = 'codes'

export interface CodeRecord {
  id: string
  ownerId: string
  purpose: CodePurpose
  documentIds: string[]
  caseId?: string
  shortCode: string
  createdAtMs: number
  expiresAtMs: number
  state: Exclude<CodeState, 'expired'>
  usedAtMs?: number
  usedBy?: string
  revokedAtMs?: number
}

function codes(store: Store) {
  return store.collection<CodeRecord>(CODES)
}

function stateOf(record: CodeRecord, nowMs: number): CodeState {
  if (record.state !== 'active') return record.state
  return nowMs >= record.expiresAtMs ? 'expired' : 'active'
}

export function docRefs(store: Store, record: CodeRecord): Array<{ id: string; name: string }> {
  return scopedDocuments(store, record).map((d) => ({ id: d.id, name: d.name }))
}

/** The documents a code opens: exactly its own list, still the owner's, never anything else. */
export function scopedDocuments(store: Store, record: CodeRecord): SafeDocument[] {
  const all = documents(store)
  return record.documentIds
    .map((id) => all.get(id))
    .filter((d): d is SafeDocument => !!d && d.ownerId === record.ownerId)
}

function summary(store: Store, record: CodeRecord, nowMs: number): SafeCodeSummary {
  return {
    id: record.id,
    purpose: record.purpose,
    state: stateOf(record, nowMs),
    documents: docRefs(store, record),
    caseId: record.caseId,
    createdAt: new Date(record.createdAtMs).toISOString(),
    expiresAt: new Date(record.expiresAtMs).toISOString(),
    usedAt: record.usedAtMs ? new Date(record.usedAtMs).toISOString() : undefined,
  }
}

function newShortCode(store: Store): string {
  const taken = new Set(codes(store).all().map((c) => c.shortCode))
  for (;;) {
    const digits = randomDigits(8)
    if (!taken.has(digits)) return digits
  }
}

function prune(store: Store, nowMs: number): void {
  const all = codes(store)
  for (const c of all.all()) if (c.expiresAtMs + KEEP_MS < nowMs) all.delete(c.id)
}

/** Make a code for the owner's chosen documents (submit) or a finished case's result (pickup). */
export function createCode(store: Store, ownerId: string, body: unknown, now: Date): SafeCode {
  const req = (body ?? {}) as Partial<CreateCodeRequest>
  const nowMs = now.getTime()
  if (req.purpose !== 'submit' && req.purpose !== 'pickup') throw fail.badRequest('请选择码的用途', { purpose: '应为 submit 或 pickup' })
  const ids = req.documentIds ?? []
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw fail.badRequest('证照选择无效', { documentIds: '证照选择无效' })
  const documentIds = Array.from(new Set(ids))
  if (documentIds.length > MAX_DOCUMENTS) throw fail.badRequest(`一次最多出示 ${MAX_DOCUMENTS} 份证照`, { documentIds: `最多 ${MAX_DOCUMENTS} 份` })
  if (req.purpose === 'submit' && !documentIds.length) throw fail.badRequest('请至少选择一份证照或材料', { documentIds: '请至少选择一份' })
  for (const id of documentIds) ownDocument(store, ownerId, id)
  if (req.caseId !== undefined && typeof req.caseId !== 'string') throw fail.badRequest('办件无效', { caseId: '办件无效' })
  const theCase = req.caseId ? getCase(store, req.caseId) : undefined
  if (req.caseId && (!theCase || theCase.ownerId !== ownerId)) throw fail.notFound('办件')
  if (req.purpose === 'pickup') {
    if (!theCase) throw fail.badRequest('取件码需要对应的办件', { caseId: '请选择办件' })
    if (!theCase.pickupRequired) throw fail.conflict('PICKUP_NOT_REQUIRED', '该办件的结果无需到窗口领取')
    if (theCase.delivery?.method === 'post') throw fail.conflict('DELIVERY_BY_POST', '该办件选择了邮寄到家，结果将由政务专递寄出，无需取件码')
    if (theCase.status === 'collected') throw fail.conflict('ALREADY_COLLECTED', '该办件的结果已领取')
    if (theCase.status !== 'approved') throw fail.conflict('CASE_NOT_READY', '办件尚未办结，暂不能领取')
    if (!documentIds.length && theCase.certificateId && documents(store).get(theCase.certificateId)?.ownerId === ownerId) {
      documentIds.push(theCase.certificateId)
    }
  }
  if (req.replaces !== undefined) {
    const old = typeof req.replaces === 'string' ? codes(store).get(req.replaces) : undefined
    if (!old || old.ownerId !== ownerId) throw fail.notFound('码')
    if (old.state === 'active') codes(store).put(old.id, { ...old, state: 'revoked', revokedAtMs: nowMs })
  }
  prune(store, nowMs)
  const record: CodeRecord = {
    id: newId('code', nowMs),
    ownerId,
    purpose: req.purpose,
    documentIds,
    caseId: theCase?.id,
    shortCode: newShortCode(store),
    createdAtMs: nowMs,
    expiresAtMs: nowMs + CODE_TTL_MS,
    state: 'active',
  }
  codes(store).put(record.id, record)
  const code = signCode({ id: record.id, purpose: record.purpose, owner: ownerId, docs: documentIds, caseId: record.caseId, exp: record.expiresAtMs })
  return { ...summary(store, record, nowMs), code, shortCode: record.shortCode }
}

/** My codes not yet expired (active, used or revoked), newest first. */
export function listCodes(store: Store, ownerId: string, now: Date): SafeCodeSummary[] {
  const nowMs = now.getTime()
  return codes(store)
    .filter((c) => c.ownerId === ownerId && c.expiresAtMs > nowMs)
    .sort((a, b) => b.createdAtMs - a.createdAtMs)
    .map((c) => summary(store, c, nowMs))
}

/** One of my codes (any state, expired ones too): what the code screen watches while it is up. */
export function codeOf(store: Store, ownerId: string, id: string, now: Date): SafeCodeSummary {
  const record = codes(store).get(id)
  if (!record || record.ownerId !== ownerId) throw fail.notFound('码')
  return summary(store, record, now.getTime())
}

/** Revoke one of my codes that has not been used. */
export function revokeCode(store: Store, ownerId: string, id: string, now: Date): SafeCodeSummary {
  const record = codes(store).get(id)
  if (!record || record.ownerId !== ownerId) throw fail.notFound('码')
  const nowMs = now.getTime()
  if (record.state === 'used') throw fail.conflict('CODE_USED', '该码已被使用，不能作废')
  if (record.state === 'active') codes(store).put(id, { ...record, state: 'revoked', revokedAtMs: nowMs })
  return summary(store, codes(store).get(id)!, nowMs)
}

export const invalidCode = (message = '无效的码，请核对后重试') => new ApiFailure(400, 'CODE_INVALID', message)

/** The short digits a clerk types: 8 digits, spaces allowed. */
export function shortDigits(raw: string): string | null {
  const digits = raw.replace(/\s+/g, '')
  return /^\d{8}$/.test(digits) ? digits : null
}

/** Which kind of safe code a text is (submit or pickup), without judging it yet; undefined when it is none. */
export function codePurposeOf(store: Store, text: string): CodePurpose | undefined {
  const digits = shortDigits(text)
  if (digits) return codes(store).filter((c) => c.shortCode === digits)[0]?.purpose
  return verifyCode(text)?.purpose
}

/**
 * What a scanned or typed code refers to, or the reason it is refused:
 * CODE_INVALID (forged, altered, malformed, unknown), CODE_REVOKED, CODE_USED, CODE_EXPIRED.
 * Reads only: consuming is the caller's next synchronous step.
 */
export function resolveCode(store: Store, raw: unknown, now: Date): CodeRecord {
  if (typeof raw !== 'string' || !raw.trim() || raw.length > MAX_CODE_LENGTH) throw invalidCode()
  const text = raw.trim()
  const digits = shortDigits(text)
  let record: CodeRecord | undefined
  let exp: number
  if (digits) {
    record = codes(store).filter((c) => c.shortCode === digits)[0]
    if (!record) throw invalidCode()
    exp = record.expiresAtMs
  } else {
    const payload = verifyCode(text)
    if (!payload) throw invalidCode()
    record = codes(store).get(payload.id)
    // A genuine signature over a record we no longer know (e.g. after a reset), or one that disagrees with it.
    if (!record || record.ownerId !== payload.owner || record.purpose !== payload.purpose
      || record.documentIds.join('\n') !== payload.docs.join('\n') || record.caseId !== payload.caseId) throw invalidCode()
    exp = Math.min(payload.exp, record.expiresAtMs)
  }
  if (record.state === 'revoked') throw fail.gone('CODE_REVOKED', '该码已被持有人作废')
  if (record.state === 'used') throw fail.gone('CODE_USED', '该码已被使用，请让办事人重新出示')
  if (now.getTime() >= exp) throw fail.gone('CODE_EXPIRED', '该码已过期，请让办事人刷新后重新出示')
  return record
}

/** A code is used up (by the clerk who redeemed it, or at hand-over). */
export function markUsed(store: Store, record: CodeRecord, clerkId: string, nowMs: number): void {
  codes(store).put(record.id, { ...record, state: 'used', usedAtMs: nowMs, usedBy: clerkId })
}

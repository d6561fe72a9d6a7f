import { hmac } from '@noble/hashes/hmac'
import { sha256 } from '@noble/hashes/sha256'
import type {
  AccessLogEntry, CodeHolder, CodePurpose, CodeState, CreateCodeRequest, PickupResponse, ReceivedResponse,
  RedeemResponse, SafeCode, SafeCodeSummary, SafeDocument,
} from '../../src/contract'
import { CODE_TTL_MS, MAX_CODE_LENGTH, maskIdNumber, maskName } from '../../src/contract'
import { ApiFailure, fail } from '../errors'
import { newId, randomDigits } from '../ids'
import type { Store } from '../store'
import type { UserRecord } from '../account/users'
import { hallSeedById } from '../halls/domain'
import { userRecord } from '../account/domain'
import { getCase, recordStep } from '../cases/domain'
import { documents, ownDocument } from './documents'
import { limitAttempts } from '../attempts'
import { base64url, fromBase64url, fromUtf8, utf8 } from '../bytes'

export { ATTEMPT_WINDOW_MS, MAX_INVALID_ATTEMPTS, limitAttempts } from '../attempts'
export { base64url, fromBase64url, utf8 } from '../bytes'

/*
 * 收件码 / 取件码. A code is `PYSC1.<base64url JSON payload>.<base64url HMAC-SHA256>`
 * over `PYSC1.<payload>`, signed with a key that lives only here. The signature
 * makes the payload (which documents, whose, until when) trustworthy; the
 * record in the store makes it single use and revocable. 8 short digits map to
 * the same record for manual entry. Pure JS (@noble/hashes): the mini-program's
 * engine has no WebCrypto and no TextEncoder.
 */

export const CODE_PREFIX = 'PYSC1'
/** Longer input is refused before any work. */
export { MAX_CODE_LENGTH }
const MAX_DOCUMENTS = 20
/** Used, revoked and expired codes are kept this long (for the state shown to the owner), then dropped. */
const KEEP_MS = 24 * 3600_000

const CODES = 'codes'
const ACCESS_LOG = 'accessLog'

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i]
  return diff === 0
}

// --- sign / verify ---

/** The mock backend's signing key. It never leaves mock/ (the app only ever sees signed codes). */
const SIGNING_KEY = utf8('panyu-mock-safe-codes/v1/3f9c1e7a5b2d4c8e9a0b1c2d3e4f5a6b')

export interface CodePayload {
  /** the code record's id */
  id: string
  purpose: CodePurpose
  /** owner's user id */
  owner: string
  /** the documents the code opens, nothing else */
  docs: string[]
  caseId?: string
  /** expiry, ms since epoch */
  exp: number
}

function mac(message: string, key: Uint8Array): Uint8Array {
  return hmac(sha256, key, utf8(message))
}

export function signCode(payload: CodePayload, key: Uint8Array = SIGNING_KEY): string {
  const body = `${CODE_PREFIX}.${base64url(utf8(JSON.stringify(payload)))}`
  return `${body}.${base64url(mac(body, key))}`
}

function isPayload(value: unknown): value is CodePayload {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const p = value as Record<string, unknown>
  return typeof p.id === 'string' && p.id.length > 0 && p.id.length <= 64
    && (p.purpose === 'submit' || p.purpose === 'pickup')
    && typeof p.owner === 'string' && p.owner.length > 0
    && Array.isArray(p.docs) && p.docs.length <= MAX_DOCUMENTS && p.docs.every((d) => typeof d === 'string')
    && (p.caseId === undefined || typeof p.caseId === 'string')
    && typeof p.exp === 'number' && Number.isFinite(p.exp)
}

/** The payload of a genuine code, or null for anything forged, altered or malformed. Never throws. */
export function verifyCode(raw: unknown, key: Uint8Array = SIGNING_KEY): CodePayload | null {
  try {
    if (typeof raw !== 'string' || raw.length > MAX_CODE_LENGTH) return null
    const parts = raw.split('.')
    if (parts.length !== 3 || parts[0] !== CODE_PREFIX) return null
    const signature = fromBase64url(parts[2])
    if (!signature || signature.length !== 32) return null
    if (!equalBytes(mac(`${parts[0]}.${parts[1]}`, key), signature)) return null
    const body = fromBase64url(parts[1])
    if (!body) return null
    const payload: unknown = JSON.parse(fromUtf8(body))
    return isPayload(payload) ? payload : null
  } catch {
    return null
  }
}

// --- code records ---

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

function accessLog(store: Store) {
  return store.collection<AccessLogEntry & { ownerId: string; clerkId: string }>(ACCESS_LOG)
}

function stateOf(record: CodeRecord, nowMs: number): CodeState {
  if (record.state !== 'active') return record.state
  return nowMs >= record.expiresAtMs ? 'expired' : 'active'
}

function docRefs(store: Store, record: CodeRecord): Array<{ id: string; name: string }> {
  return scopedDocuments(store, record).map((d) => ({ id: d.id, name: d.name }))
}

/** The documents a code opens: exactly its own list, still the owner's, never anything else. */
function scopedDocuments(store: Store, record: CodeRecord): SafeDocument[] {
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

const invalid = (message = '无效的码，请核对后重试') => new ApiFailure(400, 'CODE_INVALID', message)

/** The short digits a clerk types: 8 digits, spaces allowed. */
export function shortDigits(raw: string): string | null {
  const digits = raw.replace(/\s+/g, '')
  return /^\d{8}$/.test(digits) ? digits : null
}

/**
 * What a scanned or typed code refers to, or the reason it is refused:
 * CODE_INVALID (forged, altered, malformed, unknown), CODE_REVOKED, CODE_USED, CODE_EXPIRED.
 * Reads only: consuming is the caller's next synchronous step.
 */
export function resolveCode(store: Store, raw: unknown, now: Date): CodeRecord {
  if (typeof raw !== 'string' || !raw.trim() || raw.length > MAX_CODE_LENGTH) throw invalid()
  const text = raw.trim()
  const digits = shortDigits(text)
  let record: CodeRecord | undefined
  let exp: number
  if (digits) {
    record = codes(store).filter((c) => c.shortCode === digits)[0]
    if (!record) throw invalid()
    exp = record.expiresAtMs
  } else {
    const payload = verifyCode(text)
    if (!payload) throw invalid()
    record = codes(store).get(payload.id)
    // A genuine signature over a record we no longer know (e.g. after a reset), or one that disagrees with it.
    if (!record || record.ownerId !== payload.owner || record.purpose !== payload.purpose
      || record.documentIds.join('\n') !== payload.docs.join('\n') || record.caseId !== payload.caseId) throw invalid()
    exp = Math.min(payload.exp, record.expiresAtMs)
  }
  if (record.state === 'revoked') throw fail.gone('CODE_REVOKED', '该码已被持有人作废')
  if (record.state === 'used') throw fail.gone('CODE_USED', '该码已被使用，请让办事人重新出示')
  if (now.getTime() >= exp) throw fail.gone('CODE_EXPIRED', '该码已过期，请让办事人刷新后重新出示')
  return record
}

// --- the counter ---

function holderOf(store: Store, ownerId: string): CodeHolder {
  const owner = userRecord(store, ownerId)
  if (!owner) throw invalid()
  return {
    name: owner.name,
    idNumberMasked: owner.idNumber ? maskIdNumber(owner.idNumber) : undefined,
    companyName: owner.companyName,
    creditCode: owner.creditCode,
  }
}

function clerkOf(store: Store, clerkId: string): UserRecord & { hallId: string } {
  const clerk = userRecord(store, clerkId)
  if (!clerk || clerk.role !== 'clerk' || !clerk.hallId) throw fail.forbidden('仅窗口工作人员可以核验')
  return clerk as UserRecord & { hallId: string }
}

/** Who looked, where and when: what every access-log entry says of the clerk. */
function clerkStamp(clerk: UserRecord & { hallId: string }, now: Date) {
  return {
    id: newId('acc', now.getTime()),
    clerkId: clerk.id,
    clerkNameMasked: maskName(clerk.name),
    windowNo: clerk.windowNo,
    hallId: clerk.hallId,
    hallName: hallSeedById(clerk.hallId)?.name ?? clerk.hallId,
    at: now.toISOString(),
  }
}

function logRedemption(store: Store, record: CodeRecord, clerk: UserRecord & { hallId: string }, now: Date): AccessLogEntry {
  const theCase = record.caseId ? getCase(store, record.caseId) : undefined
  const entry = {
    ...clerkStamp(clerk, now),
    ownerId: record.ownerId,
    codeId: record.id,
    purpose: record.purpose,
    documents: docRefs(store, record),
    caseId: theCase?.id,
    caseNumber: theCase?.number,
  }
  return accessLog(store).put(entry.id, entry)
}

function use(store: Store, record: CodeRecord, clerkId: string, nowMs: number): void {
  codes(store).put(record.id, { ...record, state: 'used', usedAtMs: nowMs, usedBy: clerkId })
}

/**
 * A clerk scans or types a code. A submit code is used up here (the documents
 * are shown now, once, and the redemption is logged for the owner); a pickup
 * code is only verified: it is used up when the result is handed over.
 * Synchronous from check to use, so of two parallel redemptions exactly one wins.
 */
export function redeem(store: Store, clerkId: string, raw: unknown, now: Date): RedeemResponse {
  const clerk = clerkOf(store, clerkId)
  return limitAttempts(store, clerkId, now, () => {
    const record = resolveCode(store, raw, now)
    const holder = holderOf(store, record.ownerId)
    const theCase = record.caseId ? getCase(store, record.caseId) : undefined
    const base = {
      purpose: record.purpose,
      holder,
      documents: scopedDocuments(store, record),
      caseId: theCase?.id,
      caseNumber: theCase?.number,
      caseTitle: theCase?.title,
      redeemedAt: now.toISOString(),
    }
    if (record.purpose === 'pickup') return base
    use(store, record, clerkId, now.getTime())
    const entry = logRedemption(store, record, clerk, now)
    return { ...base, redemptionId: entry.id }
  })
}

/** The clerk confirms the submitted materials received; recorded on the case when the code had one. */
export function confirmReceived(store: Store, clerkId: string, redemptionId: string, now: Date): ReceivedResponse {
  const clerk = clerkOf(store, clerkId)
  const entry = accessLog(store).get(redemptionId)
  if (!entry || entry.clerkId !== clerkId || entry.purpose !== 'submit') throw fail.notFound('核验记录')
  if (!entry.receivedAt) {
    const receivedAt = now.toISOString()
    accessLog(store).put(entry.id, { ...entry, receivedAt })
    if (entry.caseId && getCase(store, entry.caseId)) {
      const names = entry.documents.map((d) => d.name).join('、')
      recordStep(store, entry.caseId, {
        event: { kind: 'materials-received', text: `窗口已收取材料：${names}`, actor: `${maskName(clerk.name)}（${clerk.windowNo ?? ''}窗口）` },
      }, now)
    }
    return { redemptionId, receivedAt, caseNumber: entry.caseNumber }
  }
  return { redemptionId, receivedAt: entry.receivedAt, caseNumber: entry.caseNumber }
}

/** Hand over a finished case's result against its pickup code; the case becomes 已取件. */
export function handOver(store: Store, clerkId: string, caseId: string, raw: unknown, now: Date): PickupResponse {
  const clerk = clerkOf(store, clerkId)
  return limitAttempts(store, clerkId, now, () => {
    const record = resolveCode(store, raw, now)
    if (record.purpose !== 'pickup') throw fail.conflict('CODE_WRONG_PURPOSE', '这是收件码，不是取件码')
    if (record.caseId !== caseId) throw fail.conflict('CODE_WRONG_CASE', '取件码与该办件不符')
    const theCase = getCase(store, caseId)
    if (!theCase) throw fail.notFound('办件')
    if (theCase.status === 'collected') throw fail.conflict('ALREADY_COLLECTED', '该办件的结果已领取')
    if (theCase.status !== 'approved') throw fail.conflict('CASE_NOT_READY', '办件尚未办结，暂不能领取')
    const holder = holderOf(store, record.ownerId)
    use(store, record, clerkId, now.getTime())
    logRedemption(store, record, clerk, now)
    const updated = recordStep(store, caseId, {
      status: 'collected',
      event: { kind: 'collected', text: '办理结果已在窗口领取', actor: `${maskName(clerk.name)}（${clerk.windowNo ?? ''}窗口）` },
    }, now)
    return { caseId, caseNumber: updated.number, caseTitle: updated.title, holder, collectedAt: now.toISOString() }
  })
}

/**
 * 核对证件: the clerk serving a person's ticket looked at their full ID number. It goes into the person's
 * access log like a redemption, so they see who saw it, where and when.
 */
export function logIdCheck(store: Store, ownerId: string, clerkId: string, now: Date): AccessLogEntry {
  const entry = {
    ...clerkStamp(clerkOf(store, clerkId), now),
    ownerId,
    purpose: 'id-check' as const,
    documents: [{ id: 'id-number', name: '居民身份证号码' }],
  }
  return accessLog(store).put(entry.id, entry)
}

/** Every redemption of the owner's codes, and every 核对证件, newest first. */
export function accessLogOf(store: Store, ownerId: string): AccessLogEntry[] {
  return accessLog(store)
    .filter((e) => e.ownerId === ownerId)
    .sort((a, b) => b.at.localeCompare(a.at))
    .map(({ ownerId: _owner, clerkId: _clerk, ...entry }) => entry)
}

import { hmac } from '@noble/hashes/hmac'
import { sha256 } from '@noble/hashes/sha256'
import type { CodePurpose } from '../../src/contract'
import { MAX_CODE_LENGTH } from '../../src/contract'
import { base64url, fromBase64url, fromUtf8, utf8 } from '../bytes'

/*
 * 收件码 / 取件码. A code is `PYSC1.<base64url JSON payload>.<base64url HMAC-SHA256>`
 * over `PYSC1.<payload>`, signed with a key that lives only here. The signature
 * makes the payload (which documents, whose, until when) trustworthy; the
 * record in the store (codes.ts) makes it single use and revocable. 8 short digits map to
 * the same record for manual entry. Pure JS (@noble/hashes): the mini-program's
 * engine has no WebCrypto and no TextEncoder.
 */

export const CODE_PREFIX = 'PYSC1'
/** At most this many documents in one code. */
export const MAX_DOCUMENTS = 20

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i]
  return diff === 0
}

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

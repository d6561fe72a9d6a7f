import type { CodeKind, CodePurpose, ScanResponse } from '../../src/contract'
import { CHECKIN_QR_PREFIX, CODE_TTL_MS, parseCheckinQr } from '../../src/contract'
import type { Store } from '../store'
import { clerkOf, type Clerk } from '../account/domain'
import { limitAttempts } from '../attempts'
import { checkIn } from '../appointments/domain'
import { codePurposeOf, invalidCode } from '../safe/codes'
import { CODE_PREFIX } from '../safe/signing'
import { redeemCode } from './counter'

/** One kind of code a resident shows at the counter: what it looks like, what it opens, and what scanning it does. */
export interface CodeKindRow {
  kind: CodeKind
  /** how its text begins (safe codes may also be typed as 8 short digits) */
  prefix: string
  /** what it opens, for whom, where */
  scope: string
  /** how long it can be used, ms after it is made */
  lifetimeMs: number | 'the appointment day'
  /** what scanning it does */
  redeems: string
  recognises: (store: Store, text: string) => boolean
  scan: (store: Store, clerk: Clerk, text: string, now: Date) => ScanResponse
}

/** 收件码 and 取件码: the same signed text; the record's purpose says which. */
function safeCodeKind(kind: CodePurpose, scope: string, redeems: string): CodeKindRow {
  return {
    kind,
    prefix: CODE_PREFIX,
    scope,
    lifetimeMs: CODE_TTL_MS,
    redeems,
    recognises: (store, text) => codePurposeOf(store, text) === kind,
    scan: (store, clerk, text, now) => ({ kind, redemption: redeemCode(store, clerk, text, now) }),
  }
}

/** Adding a kind of code is one row here plus its handler; the counter's one route (POST /api/clerk/scan) reads it. */
export const CODE_KINDS: CodeKindRow[] = [
  safeCodeKind('submit', 'the documents the resident chose, at any hall, once', 'shows the documents once, logs the look in the resident\'s access log; used up'),
  safeCodeKind('pickup', 'one finished case\'s result, at any hall', 'verifies the holder and the case; used up at hand-over (POST /api/clerk/pickups/:caseId)'),
  {
    kind: 'check-in',
    prefix: CHECKIN_QR_PREFIX,
    scope: 'one appointment, at its own hall',
    lifetimeMs: 'the appointment day',
    redeems: 'checks the resident in and gives a queue number ahead of walk-ins',
    recognises: (_store, text) => parseCheckinQr(text) !== null,
    scan: (store, clerk, text, now) => {
      const { appointmentId, code } = parseCheckinQr(text)!
      return { kind: 'check-in', checkIn: checkIn(store, appointmentId, clerk.hallId, { code }, now.getTime()) }
    },
  },
]

/** A clerk scans or types any code: the first kind that recognises the text handles it; wrong guesses count against the clerk. */
export function scanCode(store: Store, clerkId: string, raw: string, now: Date): ScanResponse {
  const clerk = clerkOf(store, clerkId)
  return limitAttempts(store, clerkId, now, () => {
    const text = raw.trim()
    const row = CODE_KINDS.find((kind) => kind.recognises(store, text))
    if (!row) throw invalidCode()
    return row.scan(store, clerk, text, now)
  })
}

import { ApiFailure, fail } from './errors'
import type { Store } from './store'

/*
 * Codes a clerk types or scans (收件码, 取件码, appointment check-in codes) share
 * one budget of wrong guesses per clerk: after MAX_INVALID_ATTEMPTS invalid codes
 * in the window every further try is refused with 429 until the window passes.
 */

export const MAX_INVALID_ATTEMPTS = 5
export const ATTEMPT_WINDOW_MS = 10 * 60_000

const ATTEMPTS = 'codeAttempts'

interface Attempts {
  clerkId: string
  invalidAtMs: number[]
}

function recentInvalid(store: Store, clerkId: string, nowMs: number): number[] {
  return (store.collection<Attempts>(ATTEMPTS).get(clerkId)?.invalidAtMs ?? []).filter((t) => nowMs - t < ATTEMPT_WINDOW_MS)
}

/** Run one clerk attempt; a CODE_INVALID refusal counts towards the limit. */
export function limitAttempts<T>(store: Store, clerkId: string, now: Date, attempt: () => T): T {
  const nowMs = now.getTime()
  const recent = recentInvalid(store, clerkId, nowMs)
  if (recent.length >= MAX_INVALID_ATTEMPTS) throw fail.tooMany('无效码尝试次数过多，请 10 分钟后再试')
  try {
    return attempt()
  } catch (e) {
    if (e instanceof ApiFailure && e.code === 'CODE_INVALID') {
      store.collection<Attempts>(ATTEMPTS).put(clerkId, { clerkId, invalidAtMs: [...recent, nowMs] })
    }
    throw e
  }
}

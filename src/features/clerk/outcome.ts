import { create } from 'zustand'
import type { CheckInResponse, RedeemResponse } from '@/contract'
import { clerkApi } from './api'

/** What the counter got from one scan; kept in memory only (never stored: it holds personal data). */
export type Outcome =
  | { kind: 'redeem'; result: RedeemResponse; /** pickup codes are used up at hand-over */ code: string }
  | { kind: 'check-in'; result: CheckInResponse }

interface OutcomeState {
  outcome: Outcome | null
  set: (outcome: Outcome | null) => void
}

export const useOutcome = create<OutcomeState>()((set) => ({
  outcome: null,
  set: (outcome) => set({ outcome }),
}))

/** One scanned or typed text → an outcome; the server decides what kind of code it is. */
export async function verifyText(text: string): Promise<Outcome> {
  const value = text.trim()
  const scanned = await clerkApi.scan(value)
  return scanned.kind === 'check-in' ? { kind: 'check-in', result: scanned.checkIn } : { kind: 'redeem', result: scanned.redemption, code: value }
}

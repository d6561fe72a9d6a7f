import { create } from 'zustand'
import type { CheckInResponse, RedeemResponse } from '@/contract'
import { parseCheckinQr } from '@/contract'
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

/**
 * One scanned or typed text → an outcome. Check-in codes (PYCHK1.…) go to the
 * appointment's check-in at the clerk's hall (the backend knows which); anything else is a safe code.
 */
export async function verifyText(text: string): Promise<Outcome> {
  const value = text.trim()
  const checkIn = parseCheckinQr(value)
  if (checkIn) {
    return { kind: 'check-in', result: await clerkApi.checkIn(checkIn.appointmentId, { code: checkIn.code }) }
  }
  return { kind: 'redeem', result: await clerkApi.redeem(value), code: value }
}

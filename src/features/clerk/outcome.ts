import '@/shared/strings/zh/safe'
import { create } from 'zustand'
import type { CheckInResponse, RedeemResponse } from '@/contract'
import { parseCheckinQr } from '@/contract'
import { ApiError } from '@/shared/api'
import { t } from '@/shared/strings'
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
 * appointment's check-in at the clerk's hall; anything else is a safe code.
 */
export async function verifyText(text: string, hallId: string | undefined): Promise<Outcome> {
  const value = text.trim()
  const checkIn = parseCheckinQr(value)
  if (checkIn) {
    try {
      const result = await clerkApi.checkIn(checkIn.appointmentId, { hallId: hallId ?? '', code: checkIn.code })
      return { kind: 'check-in', result }
    } catch (e) {
      // The appointments side answers 404 for an unknown appointment, or is not there yet.
      if (e instanceof ApiError && e.status === 404) throw new ApiError(404, 'NOT_FOUND', t('safe.clerk.checkInUnavailable'))
      throw e
    }
  }
  return { kind: 'redeem', result: await clerkApi.redeem(value), code: value }
}

import type { IsoDateTime } from './common'
import type { CodePurpose, SafeDocument } from './safe'
import type { CheckInResponse } from './appointments'
import { text, v } from './schema'

/** A signed code is a few hundred characters; anything longer is not one. */
export const MAX_CODE_LENGTH = 1024

/** POST /api/clerk/redeem: a scanned or typed code (the signed code, or its 8 short digits). */
export const RedeemBody = v.strictObject({ code: text(MAX_CODE_LENGTH, 1) })
export type RedeemRequest = v.InferOutput<typeof RedeemBody>

/** The holder of a code as the counter sees them: name, ID number masked. */
export interface CodeHolder {
  name: string
  idNumberMasked?: string
  companyName?: string
  creditCode?: string
}

/**
 * A redeemed submit code (the code is used up: documents are shown now, once),
 * or a verified pickup code (not used up until POST /api/clerk/pickups/:caseId).
 */
export interface RedeemResponse {
  purpose: CodePurpose
  /** submit: the redemption to confirm as received */
  redemptionId?: string
  holder: CodeHolder
  /** only the documents the code was made for */
  documents: SafeDocument[]
  caseId?: string
  caseNumber?: string
  caseTitle?: string
  redeemedAt: IsoDateTime
}

/** POST /api/clerk/redemptions/:id/received */
export interface ReceivedResponse {
  redemptionId: string
  receivedAt: IsoDateTime
  /** set when the materials were recorded on the resident's case */
  caseNumber?: string
}

/** POST /api/clerk/pickups/:caseId {code} */
export const PickupBody = v.strictObject({ code: text(MAX_CODE_LENGTH, 1) })
export type PickupRequest = v.InferOutput<typeof PickupBody>

export interface PickupResponse {
  caseId: string
  caseNumber: string
  caseTitle: string
  holder: CodeHolder
  collectedAt: IsoDateTime
}

/** The kinds of code a counter scans; the server tells which a scanned text is (mock/clerk/code-kinds.ts). */
export type CodeKind = CodePurpose | 'check-in'

/** POST /api/clerk/scan: any code the resident shows (signed text, 8 short digits, or a check-in QR). */
export const ScanBody = v.strictObject({ code: text(MAX_CODE_LENGTH, 1) })
export type ScanRequest = v.InferOutput<typeof ScanBody>

/** What the scanned code was, and what redeeming it did: the counter renders by `kind`. */
export type ScanResponse =
  | { kind: CodePurpose; redemption: RedeemResponse }
  | { kind: 'check-in'; checkIn: CheckInResponse }

// Check-in codes (PYCHK1.…) are made in ./appointments (checkinQrText, parseCheckinQr).

import type { IsoDate } from './common'
import { text, v } from './schema'

/**
 * Expiry reminders for licences in the safe: a licence comes up 60, 30 and 7
 * days before its last valid day, each stage once; past it, it is expired.
 */
export const EXPIRY_REMINDER_DAYS = [60, 30, 7] as const
export type ExpiryStage = (typeof EXPIRY_REMINDER_DAYS)[number]

export interface Expiry {
  /** days from today to the last valid day (0: it ends today; negative: expired) */
  daysLeft: number
  expired: boolean
  /** the reminder stage it is in: the smallest of 60/30/7 that is not below daysLeft */
  stage?: ExpiryStage
}

const DAY = 86_400_000
const dayNumber = (date: IsoDate) => Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY)

/** How a licence valid until `validUntil` (inclusive) stands on `today` (both district dates); undefined when it never expires. */
export function expiryOf(validUntil: IsoDate | undefined, today: IsoDate): Expiry | undefined {
  if (!validUntil) return undefined
  const daysLeft = dayNumber(validUntil) - dayNumber(today)
  if (daysLeft < 0) return { daysLeft, expired: true }
  const stage = [...EXPIRY_REMINDER_DAYS].reverse().find((d) => daysLeft <= d)
  return { daysLeft, expired: false, stage }
}

/** The catalogue item that renews a licence type (one tap from the reminder). */
export const RENEWAL_ITEMS: Record<string, { person?: string; business?: string }> = {
  'id-card': { person: 'gaj-0-0-p' },
  'residence-permit': { person: 'gaj-1-0-p' },
  'driving-licence': { person: 'gaj-7-0-p' },
  'food-licence': { business: 'scjgj-2-0-b' },
  'elder-card': { person: 'elder-card' },
  'business-licence': { business: 'scjgj-0-0-b' },
}

export function renewalItem(type: string, role: 'resident' | 'business' | string): string | undefined {
  const items = RENEWAL_ITEMS[type]
  return items && (role === 'business' ? items.business ?? items.person : items.person ?? items.business)
}

/** 企业年报: filed from 1 January to 30 June for the year before; the deadline this business faces next. */
export function annualReportDeadline(today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4))
  return today.slice(5) <= '06-30' ? `${year}-06-30` : `${year + 1}-06-30`
}

/** One licence (or the 年报) in a reminder window, as GET /api/reminders answers it (worked out on the server's clock). */
export interface DueReminder {
  /** the document's id, or 'annual-report' */
  id: string
  kind: 'licence' | 'annual-report'
  type: string
  name: string
  validUntil: IsoDate
  daysLeft: number
  expired: boolean
  stage?: ExpiryStage
  /** the catalogue item that renews it (booking pre-filled with it) */
  renewalItemId?: string
}

export interface RemindersResponse {
  today: IsoDate
  /** most urgent first */
  items: DueReminder[]
  /** the user accepted the weapp subscribe message for expiry reminders */
  subscribed: boolean
}

/** POST /api/reminders/subscription: the user's answer to the weapp 证照到期提醒 subscribe message. */
export const ExpirySubscriptionBody = v.strictObject({
  templateIds: v.pipe(v.array(text(64), '应为列表'), v.maxLength(3, '最多 3 项')),
  accepted: v.boolean('应为 true 或 false'),
})
export type ExpirySubscriptionRequest = v.InferOutput<typeof ExpirySubscriptionBody>

import { annualReportDeadline, expiryOf, renewalItem, type DueReminder, type ExpirySubscriptionRequest, type RemindersResponse } from '../../src/contract'
import type { Role } from '../../src/contract'
import type { Store } from '../store'
import { documentsOf } from '../safe/documents'
import { localDate } from '../calendar'

/**
 * 证照到期提醒, worked out on the server's clock: every licence in the owner's safe that is in its 60/30/7-day
 * window (or past its last day), and for a business its 年报 deadline (30 June) in the same list, most urgent first,
 * each with the catalogue item that renews it.
 */
export function dueReminders(
  docs: Array<{ id: string; type: string; name: string; validUntil?: string }>,
  role: Role,
  today: string,
): DueReminder[] {
  const due: DueReminder[] = []
  for (const d of docs) {
    const expiry = expiryOf(d.validUntil, today)
    if (!expiry || !(expiry.expired || expiry.stage)) continue
    due.push({ id: d.id, kind: 'licence', type: d.type, name: d.name, validUntil: d.validUntil!, ...expiry, renewalItemId: renewalItem(d.type, role) })
  }
  if (role === 'business') {
    const deadline = annualReportDeadline(today)
    const report = expiryOf(deadline, today)!
    if (report.stage) due.push({ id: 'annual-report', kind: 'annual-report', type: 'annual-report', name: '企业年报（上年度）', validUntil: deadline, ...report, renewalItemId: renewalItem('business-licence', role) })
  }
  return due.sort((a, b) => a.daysLeft - b.daysLeft)
}

interface SubscriptionRecord {
  userId: string
  templateIds: string[]
  accepted: boolean
}

const subscriptions = (store: Store) => store.collection<SubscriptionRecord>('expiry-subscriptions')

export function remindersOf(store: Store, userId: string, role: Role, nowMs: number): RemindersResponse {
  const today = localDate(nowMs)
  return { today, items: dueReminders(documentsOf(store, userId), role, today), subscribed: !!subscriptions(store).get(userId)?.accepted }
}

/** The weapp subscribe message's answer: recorded either way, so a refusal is not asked again on every visit. */
export function recordSubscription(store: Store, userId: string, body: ExpirySubscriptionRequest): { subscribed: boolean } {
  const accepted = body.accepted && body.templateIds.length > 0
  subscriptions(store).put(userId, { userId, templateIds: accepted ? body.templateIds : [], accepted })
  return { subscribed: accepted }
}

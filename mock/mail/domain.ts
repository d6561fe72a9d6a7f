import type { Address, AddressInput, AddressRequest, Case, CaseDelivery, DeliveryChoice, MailCase, MailIn, MailInRequest, PickupSlot } from '../../src/contract'
import { addressLine, addressProblems, CARRIER, DELIVERY_WORKING_DAYS, maskName, maskPhone, normaliseWaybill, WAYBILL_PROBLEM, waybillCheckDigit } from '../../src/contract'
import type { Store } from '../store'
import { fail } from '../errors'
import { newId } from '../ids'
import { addDays, addWorkingDays, isoAt, localDate, localTime } from '../calendar'
import { advanceDueCases, cases, getCase, recordStep } from '../cases/domain'
import { userRecord } from '../account/domain'

/**
 * 政务专递: each person's address book, the delivery chosen with a submission (stored on the case),
 * the clerk's 寄出 with an EMS waybill, delivery two working days later by the mock's clock, and
 * 寄件 (materials picked up at home on a slot the mock offers, with a waybill it assigns).
 */
export const ADDRESSES = 'addresses'
export const MAX_ADDRESSES = 10

/** What the person typed (the phone in full, answered only masked), and whose it is. */
interface AddressRecord extends AddressInput {
  id: string
  ownerId: string
  isDefault: boolean
  createdAt: string
  updatedAt: string
}

const addresses = (store: Store) => store.collection<AddressRecord>(ADDRESSES)

function publicAddress(record: AddressRecord): Address {
  const { ownerId: _owner, phone, createdAt: _created, ...rest } = record
  return { ...rest, phoneMasked: maskPhone(phone) }
}

/** One person's addresses, the default first, then the newest. */
export function addressesOf(store: Store, ownerId: string): Address[] {
  return addresses(store).filter((a) => a.ownerId === ownerId)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || b.createdAt.localeCompare(a.createdAt))
    .map(publicAddress)
}

function ownAddress(store: Store, ownerId: string, id: string): AddressRecord {
  const record = addresses(store).get(id)
  if (!record || record.ownerId !== ownerId) throw fail.notFound('地址')
  return record
}

function checkAddress(body: AddressRequest, allowMasked: boolean): void {
  const problems = addressProblems(body, allowMasked)
  if (Object.keys(problems).length) throw fail.badRequest('请检查地址', problems)
}

/** Exactly one default: `id` becomes it and every other address of the owner stops being it. */
function makeDefault(store: Store, ownerId: string, id: string): void {
  for (const other of addresses(store).filter((a) => a.ownerId === ownerId)) {
    if (other.isDefault !== (other.id === id)) addresses(store).put(other.id, { ...other, isDefault: other.id === id })
  }
}

export function addAddress(store: Store, ownerId: string, body: AddressRequest, now: Date): Address {
  checkAddress(body, false)
  const mine = addresses(store).filter((a) => a.ownerId === ownerId)
  if (mine.length >= MAX_ADDRESSES) throw fail.conflict('MAIL_STATE', `最多保存 ${MAX_ADDRESSES} 个地址`)
  const at = now.toISOString()
  const record: AddressRecord = {
    id: newId('addr', now.getTime()),
    ownerId,
    province: body.province,
    city: body.city,
    district: body.district,
    street: body.street.trim(),
    recipient: body.recipient.trim(),
    phone: body.phone,
    isDefault: false,
    createdAt: at,
    updatedAt: at,
  }
  addresses(store).put(record.id, record)
  // the first address is the default
  if (body.isDefault || mine.length === 0) makeDefault(store, ownerId, record.id)
  return publicAddress(addresses(store).get(record.id)!)
}

/** The whole address again; a masked phone keeps the stored number. */
export function updateAddress(store: Store, ownerId: string, id: string, body: AddressRequest, now: Date): Address {
  const current = ownAddress(store, ownerId, id)
  checkAddress(body, true)
  const phone = body.phone.includes('*') ? current.phone : body.phone
  addresses(store).put(id, {
    ...current,
    province: body.province,
    city: body.city,
    district: body.district,
    street: body.street.trim(),
    recipient: body.recipient.trim(),
    phone,
    updatedAt: now.toISOString(),
  })
  if (body.isDefault) makeDefault(store, ownerId, id)
  return publicAddress(addresses(store).get(id)!)
}

/** Deleting the default makes the newest remaining address the default. */
export function deleteAddress(store: Store, ownerId: string, id: string): void {
  const current = ownAddress(store, ownerId, id)
  addresses(store).delete(id)
  if (current.isDefault) {
    const next = addresses(store).filter((a) => a.ownerId === ownerId).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
    if (next) makeDefault(store, ownerId, next.id)
  }
}

// ---- the delivery chosen with a submission ----

/**
 * What goes on the case for a submission's choice: 窗口领取, or 邮寄到家 with a copy of the chosen
 * address (a later edit of the address book does not move a parcel). A missing or someone else's
 * address is refused at `delivery.addressId` before any case is made.
 */
export function deliveryFor(store: Store, ownerId: string, choice: DeliveryChoice | undefined): CaseDelivery | undefined {
  if (!choice) return undefined
  if (choice.method === 'window') return { method: 'window' }
  const record = addresses(store).get(choice.addressId)
  if (!record || record.ownerId !== ownerId) throw fail.badRequest('请选择收件地址', { 'delivery.addressId': '收件地址不存在，请重新选择' })
  return { method: 'post', recipient: record.recipient, phoneMasked: maskPhone(record.phone), addressLine: addressLine(record) }
}

// ---- the clerk's 寄出 ----

/** Cases whose result goes by post and is not sent yet, finished ones first (the clerk's 寄出 list). */
export function awaitingDispatch(store: Store, now: Date): MailCase[] {
  advanceDueCases(store, now)
  return cases(store).filter((c) => c.delivery?.method === 'post' && !c.delivery.waybill && c.status !== 'cancelled' && c.status !== 'rejected')
    .map((c) => ({ caseId: c.id, caseNumber: c.number, title: c.title, status: c.status, ready: c.status === 'approved', delivery: c.delivery! }))
    .sort((a, b) => Number(b.ready) - Number(a.ready) || a.caseNumber.localeCompare(b.caseNumber))
}

/** The local time of day, in minutes, of an instant. */
function minutesOfDay(ms: number): number {
  const { hour, minute } = localTime(ms)
  return hour * 60 + minute
}

/** The `n`th working day after `date` (a Saturday's first is Monday, a Friday's second is Tuesday). */
export function workingDayAfter(date: string, n: number): string {
  let day = date
  for (let i = 0; i < n; i++) day = addWorkingDays(addDays(day, 1), 0)
  return day
}

/** When a parcel sent at `now` is delivered: DELIVERY_WORKING_DAYS working days later, at the same time of day. */
export function expectedDelivery(now: Date): string {
  return new Date(isoAt(workingDayAfter(localDate(now.getTime()), DELIVERY_WORKING_DAYS), minutesOfDay(now.getTime()))).toISOString()
}

/**
 * 寄出: a finished case whose result goes by post gets its waybill (EMS S10, check digit verified):
 * the timeline says 已寄出 with carrier and number, and the cases domain delivers it (已签收) when the
 * mock's clock passes the expected day.
 */
export function dispatch(store: Store, clerkId: string, caseId: string, rawWaybill: string, now: Date): Case {
  const found = getCase(store, caseId)
  if (!found) throw fail.notFound('办件')
  advanceDueCases(store, now, found.ownerId)
  const record = getCase(store, caseId)!
  if (record.delivery?.method !== 'post') throw fail.conflict('MAIL_STATE', '该办件选择窗口领取，无需寄出')
  if (record.delivery.waybill) throw fail.conflict('MAIL_STATE', '该办件已寄出')
  if (record.status !== 'approved') throw fail.conflict('CASE_NOT_DONE', '办件尚未办结，暂不能寄出')
  const waybill = normaliseWaybill(rawWaybill)
  if (!waybill) throw fail.badRequest(WAYBILL_PROBLEM, { waybill: WAYBILL_PROBLEM })
  if (cases(store).filter((c) => c.delivery?.waybill === waybill || c.mailIn?.waybill === waybill).length) {
    throw fail.badRequest('运单号已被使用', { waybill: '该运单号已用于其他办件，请核对' })
  }
  const clerk = userRecord(store, clerkId)
  const expectedAt = expectedDelivery(now)
  return recordStep(store, caseId, {
    event: { kind: 'dispatched', text: `已寄出：${CARRIER}，运单号 ${waybill}`, actor: clerk ? `${maskName(clerk.name)}（窗口）` : '窗口' },
    patch: {
      delivery: { ...record.delivery, carrier: CARRIER, waybill, dispatchedAt: now.toISOString(), expectedAt },
      nextStepAt: expectedAt,
      plan: [{ afterMinutes: 0, status: 'collected', kind: 'delivered', text: '已签收', actor: CARRIER }],
    },
  }, now)
}

// ---- 寄件: materials picked up at home ----

export const PICKUP_DAYS = 3
const PICKUP_WINDOWS = [{ key: 'am', window: '09:00–12:00' }, { key: 'pm', window: '14:00–18:00' }]

/** The next PICKUP_DAYS working days after today, morning and afternoon. */
export function pickupSlots(now: Date): PickupSlot[] {
  const today = localDate(now.getTime())
  const slots: PickupSlot[] = []
  for (let n = 1; n <= PICKUP_DAYS; n++) {
    const date = workingDayAfter(today, n)
    for (const w of PICKUP_WINDOWS) slots.push({ id: `${date}-${w.key}`, date, window: w.window })
  }
  return slots
}

/** A waybill the mock assigns: EMS S10 from a sequence, with its check digit. */
function nextWaybill(store: Store): string {
  const seq = (store.getMeta<number>('waybillSeq') ?? 0) + 1
  store.setMeta('waybillSeq', seq)
  const serial = String(60_000_000 + seq).padStart(8, '0')
  return `EM${serial}${waybillCheckDigit(serial)}CN`
}

/** Book a pickup for a case's materials: one per case, from the offered slots, at one of the owner's addresses. */
export function bookMailIn(store: Store, ownerId: string, body: MailInRequest, now: Date): Case {
  const record = getCase(store, body.caseId)
  if (!record || record.ownerId !== ownerId) throw fail.notFound('办件')
  if (record.mailIn) throw fail.conflict('MAIL_STATE', '该办件已预约上门取件')
  if (['approved', 'rejected', 'paid', 'collected', 'cancelled'].includes(record.status)) throw fail.conflict('MAIL_STATE', '办件已办结，无需再寄材料')
  const slot = pickupSlots(now).find((s) => s.id === body.slotId)
  if (!slot) throw fail.badRequest('请选择上门取件时间', { slotId: '该时段不可预约，请重新选择' })
  const address = addresses(store).get(body.addressId)
  if (!address || address.ownerId !== ownerId) throw fail.badRequest('请选择取件地址', { addressId: '取件地址不存在，请重新选择' })
  const mailIn: MailIn = { slotId: slot.id, date: slot.date, window: slot.window, addressLine: addressLine(address), carrier: CARRIER, waybill: nextWaybill(store), bookedAt: now.toISOString() }
  return recordStep(store, record.id, {
    event: { kind: 'mail-in', text: `已预约上门取件（寄材料）：${slot.date} ${slot.window}，${CARRIER} 运单号 ${mailIn.waybill}`, actor: '申请人' },
    patch: { mailIn },
  }, now)
}

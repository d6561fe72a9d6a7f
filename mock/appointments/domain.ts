/**
 * Appointments: booking, rescheduling, cancelling and checking in.
 *
 * Why capacity holds under concurrency: every check-and-write below runs
 * synchronously, with no `await` between counting a slot's seats and storing
 * the booking, so on the mock's single JS thread no other request can slip in
 * between. Any async step added here must stay outside those sections.
 */
import type { Appointment, AppointmentStatus, CheckInResponse, CreateAppointmentRequest, ReminderRequest, SlotsResponse } from '../../src/contract'
import { maskName, maskPhone } from '../../src/contract'
import { ApiFailure, fail } from '../errors'
import { type HallSeed } from '../halls/data'
import { itemById } from '../catalogue/items'
import { newId, randomDigits } from '../ids'
import type { Store } from '../store'
import { userRecord } from '../account/domain'
import { hallOrThrow, hallSeedById } from '../halls/domain'
import { othersBooked, planSlots, slotsResponse, type SlotDef } from './slots'
import { isValidDate, localDate } from '../calendar'
import { aheadOfBooking, bookedTicket, groupPlace, itemGroup } from '../visit/tickets'

export interface AppointmentRecord {
  id: string
  ownerId: string
  hallId: string
  itemId: string
  /** the 情形 booked, with its names as they were when booked (absent on older bookings) */
  situationId?: string
  situationName?: string
  situationNameEn?: string
  start: string
  end: string
  status: 'booked' | 'checked-in' | 'cancelled'
  cloudWindow: boolean
  checkinCode: string
  contactName: string
  contactPhoneMasked?: string
  queueNumber?: string
  checkedInAt?: string
  reminder: boolean
  createdAt: string
  cancelledAt?: string
}

const COLLECTION = 'appointments'
const records = (store: Store) => store.collection<AppointmentRecord>(COLLECTION)

const slotPast = () => new ApiFailure(400, 'SLOT_PAST', '该时段已过，请选择其他时段')
const slotClosed = (why = '该时段不可预约') => new ApiFailure(400, 'SLOT_CLOSED', why)
const slotFull = () => fail.conflict('SLOT_FULL', '该时段已约满')

function itemOrThrow(itemId: string) {
  const item = itemById(itemId)
  if (!item) throw fail.notFound('事项')
  return item
}

/** The 情形 a booking names: one of the item's, and one that can be booked (else a 400 saying why). */
function bookableSituation(itemId: string, situationId: string): Pick<AppointmentRecord, 'situationId' | 'situationName' | 'situationNameEn'> {
  const situation = itemOrThrow(itemId).situations?.find((x) => x.id === situationId)
  if (!situation) throw fail.badRequest('该事项没有这个办理情形', { situationId: '请从办事指南中选择办理情形' })
  if (!situation.bookable) {
    const why = situation.notBookableReason === 'self-service' ? `「${situation.name}」请到政务晓屋自助办理，无需预约` : `「${situation.name}」可全程网办，无需预约`
    throw fail.badRequest(why, { situationId: why })
  }
  return { situationId: situation.id, situationName: situation.name, ...(situation.nameEn ? { situationNameEn: situation.nameEn } : {}) }
}

/** The booked 情形's id and names, for the views of an appointment (nothing for a booking without one). */
export function situationOf(record: AppointmentRecord): Pick<Appointment, 'situationId' | 'situationName' | 'situationNameEn'> {
  if (!record.situationId) return {}
  return { situationId: record.situationId, situationName: record.situationName ?? record.situationId, ...(record.situationNameEn ? { situationNameEn: record.situationNameEn } : {}) }
}

function holds(r: AppointmentRecord): boolean {
  return r.status === 'booked' || r.status === 'checked-in'
}

/** Seats taken in one slot: others' (seeded) plus the live bookings in the store. */
export function bookedCount(store: Store, hall: HallSeed, itemId: string, def: SlotDef, nowMs: number): number {
  const live = records(store).filter((r) => holds(r) && r.hallId === hall.id && r.itemId === itemId && r.start === def.start).length
  return othersBooked(hall, itemId, def, nowMs) + live
}

export function slotsFor(store: Store, hallId: string, itemId: string, date: string, nowMs: number): SlotsResponse {
  const hall = hallOrThrow(hallId)
  const item = itemOrThrow(itemId)
  if (!isValidDate(date)) throw fail.badRequest('日期无效', { date: '格式应为 YYYY-MM-DD' })
  return slotsResponse(hallId, itemId, date, planSlots(hall, item, date, nowMs), (def) => bookedCount(store, hall, itemId, def, nowMs))
}

/** The slot a start time names, or the refusal that fits: past, closed, or not a slot. */
function slotAt(hall: HallSeed, itemId: string, start: string, nowMs: number): SlotDef {
  const item = itemOrThrow(itemId)
  const startMs = Date.parse(start)
  if (Number.isNaN(startMs)) throw fail.badRequest('时间无效', { start: '应为 ISO 8601 时间' })
  if (startMs <= nowMs) throw slotPast()
  const plan = planSlots(hall, item, localDate(startMs), nowMs)
  const def = plan.slots.find((s) => s.startMs === startMs)
  if (!def) {
    if (plan.reason === 'holiday') throw slotClosed(`${plan.holiday}期间不开放预约`)
    if (plan.reason === 'not-served' || plan.reason === 'self-service') throw slotClosed('该场所不办理此事项')
    if (plan.reason === 'too-far') throw slotClosed('只能预约 7 天内的时段')
    throw slotClosed()
  }
  return def
}

function assertNoDuplicate(store: Store, ownerId: string, itemId: string, start: string, exceptId?: string): void {
  const day = localDate(Date.parse(start))
  const clash = records(store).all().some((r) => r.id !== exceptId && r.ownerId === ownerId && holds(r) && r.itemId === itemId && localDate(Date.parse(r.start)) === day)
  if (clash) throw fail.conflict('DUPLICATE_BOOKING', '您当天已预约过该事项')
}

export function book(store: Store, ownerId: string, req: CreateAppointmentRequest, nowMs: number): Appointment {
  const fields: Record<string, string> = {}
  if (typeof req?.hallId !== 'string' || !req.hallId) fields.hallId = '请选择场所'
  if (typeof req?.itemId !== 'string' || !req.itemId) fields.itemId = '请选择事项'
  if (typeof req?.start !== 'string' || !req.start) fields.start = '请选择时段'
  if (Object.keys(fields).length) throw fail.badRequest('预约信息不完整', fields)
  const hall = hallOrThrow(req.hallId)
  const situation = req.situationId === undefined ? {} : bookableSituation(req.itemId, req.situationId)
  const def = slotAt(hall, req.itemId, req.start, nowMs)
  // ── critical section: count and write with nothing async in between ──
  assertNoDuplicate(store, ownerId, req.itemId, def.start)
  if (bookedCount(store, hall, req.itemId, def, nowMs) >= def.capacity) throw slotFull()
  const user = userRecord(store, ownerId)
  const record: AppointmentRecord = {
    id: newId('apt', nowMs),
    ownerId,
    hallId: hall.id,
    itemId: req.itemId,
    ...situation,
    start: def.start,
    end: def.end,
    status: 'booked',
    cloudWindow: def.cloudWindow,
    checkinCode: randomDigits(6),
    contactName: user?.name ? maskName(user.name) : '',
    contactPhoneMasked: user?.phone ? maskPhone(user.phone) : undefined,
    reminder: false,
    createdAt: new Date(nowMs).toISOString(),
  }
  records(store).put(record.id, record)
  return toAppointment(store, record, nowMs)
}

function ownedOrThrow(store: Store, ownerId: string, id: string): AppointmentRecord {
  const record = records(store).get(id)
  // Someone else's appointment is reported as missing: ids are not to be probed.
  if (!record || record.ownerId !== ownerId) throw fail.notFound('预约')
  return record
}

function assertChangeable(record: AppointmentRecord, nowMs: number): void {
  if (record.status === 'cancelled') throw fail.conflict('CONFLICT', '该预约已取消')
  if (record.status === 'checked-in') throw fail.conflict('CONFLICT', '已签到的预约不能再更改')
  if (Date.parse(record.start) <= nowMs) throw slotPast()
}

/**
 * Move a booking to another slot of the same hall and item. The new seat is
 * held before the old one is let go, in one synchronous step: if the new slot
 * is full or closed, the old booking stands untouched.
 */
export function reschedule(store: Store, ownerId: string, id: string, start: string, nowMs: number): Appointment {
  const record = ownedOrThrow(store, ownerId, id)
  assertChangeable(record, nowMs)
  if (typeof start !== 'string' || !start) throw fail.badRequest('请选择时段', { start: '请选择时段' })
  const hall = hallOrThrow(record.hallId)
  const def = slotAt(hall, record.itemId, start, nowMs)
  if (def.start === record.start) return toAppointment(store, record, nowMs)
  assertNoDuplicate(store, ownerId, record.itemId, def.start, record.id)
  if (bookedCount(store, hall, record.itemId, def, nowMs) >= def.capacity) throw slotFull()
  // One write moves the booking: the new seat is counted and the old one freed together.
  const moved: AppointmentRecord = { ...record, start: def.start, end: def.end, cloudWindow: def.cloudWindow, checkinCode: randomDigits(6) }
  records(store).put(record.id, moved)
  return toAppointment(store, moved, nowMs)
}

export function cancel(store: Store, ownerId: string, id: string, nowMs: number): Appointment {
  const record = ownedOrThrow(store, ownerId, id)
  assertChangeable(record, nowMs)
  const cancelled: AppointmentRecord = { ...record, status: 'cancelled', cancelledAt: new Date(nowMs).toISOString() }
  records(store).put(id, cancelled)
  return toAppointment(store, cancelled, nowMs)
}

export function getAppointment(store: Store, ownerId: string, id: string, nowMs: number): Appointment {
  return toAppointment(store, ownedOrThrow(store, ownerId, id), nowMs)
}

export function listAppointments(store: Store, ownerId: string, nowMs: number): Appointment[] {
  return records(store)
    .filter((r) => r.ownerId === ownerId)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .map((r) => toAppointment(store, r, nowMs))
}

export function recordReminder(store: Store, ownerId: string, id: string, req: ReminderRequest, nowMs: number): Appointment {
  const record = ownedOrThrow(store, ownerId, id)
  if (req?.channel !== 'subscribe-message' && req?.channel !== 'calendar') throw fail.badRequest('提醒方式无效', { channel: '应为 subscribe-message 或 calendar' })
  const updated = { ...record, reminder: req.accepted === true }
  records(store).put(id, updated)
  return toAppointment(store, updated, nowMs)
}

/**
 * A clerk (or kiosk) checks an appointment in at the hall, on its day, with
 * the code from its QR. The resident gets the ticket 我已到达 would give
 * (visit/tickets bookedTicket): the number of the item's window group, in the
 * booked lane, in the queue the windows call. Checking in twice returns the
 * same number. `hallId` is the clerk's, from the session.
 */
export function checkIn(store: Store, id: string, hallId: string, req: { code?: unknown }, nowMs: number): CheckInResponse {
  if (typeof req?.code !== 'string') throw fail.badRequest('缺少签到码', { code: '必填' })
  const record = records(store).get(id)
  // An unknown appointment and a wrong code read the same, so guessing learns nothing.
  if (!record || record.checkinCode !== req.code) throw new ApiFailure(400, 'CODE_INVALID', '签到码无效')
  if (record.hallId !== hallId) throw fail.conflict('WRONG_HALL', '该预约不在本场所')
  if (record.status === 'cancelled') throw fail.gone('CODE_REVOKED', '该预约已取消')
  if (record.status !== 'checked-in') {
    if (localDate(Date.parse(record.start)) !== localDate(nowMs)) throw fail.conflict('NOT_TODAY', '只能在预约当天签到')
    if (Date.parse(record.end) + 30 * 60_000 < nowMs) throw fail.gone('CODE_EXPIRED', '预约时段已过，请重新预约')
  }
  // the same ticket as 我已到达 gives: the windows call it, and its "ahead" is the ticket's
  const ticket = bookedTicket(store, record, nowMs)
  return {
    appointmentId: record.id, queueNumber: ticket.number, ahead: aheadOfBooking(store, record.id, nowMs) ?? 0,
    itemName: itemById(record.itemId)?.name ?? record.itemId, start: record.start, contactName: record.contactName,
  }
}

/** The resident checked in themselves ("我已到达", domain/tickets): the booking is used, its queue number is the ticket's. */
export function markArrived(store: Store, id: string, queueNumber: string, nowMs: number): void {
  const record = records(store).get(id)
  if (!record) return
  records(store).put(id, { ...record, status: 'checked-in', queueNumber, checkedInAt: new Date(nowMs).toISOString() })
}

function statusOf(record: AppointmentRecord, nowMs: number): AppointmentStatus {
  if (record.status === 'booked' && Date.parse(record.end) <= nowMs) return 'missed'
  return record.status
}

/** Where the day's counter is: the windows of the item's group at that hall (nothing at a self-service 政务晓屋). */
function placeIn(hall: HallSeed | undefined, itemId: string): Pick<Appointment, 'place'> {
  if (!hall || !itemById(itemId)) return {}
  const place = groupPlace(hall, itemGroup(itemId))
  return place.windows.length ? { place } : {}
}

export function toAppointment(store: Store, record: AppointmentRecord, nowMs: number): Appointment {
  const hall = hallSeedById(record.hallId)
  const ahead = record.queueNumber ? aheadOfBooking(store, record.id, nowMs) : undefined
  return {
    id: record.id,
    hallId: record.hallId,
    hallName: hall?.name ?? record.hallId,
    hallAddress: hall?.address ?? '',
    hallLng: hall?.lng ?? 0,
    hallLat: hall?.lat ?? 0,
    itemId: record.itemId,
    itemName: itemById(record.itemId)?.name ?? record.itemId,
    ...(itemById(record.itemId)?.nameEn ? { itemNameEn: itemById(record.itemId)!.nameEn } : {}),
    ...situationOf(record),
    start: record.start,
    end: record.end,
    status: statusOf(record, nowMs),
    cloudWindow: record.cloudWindow,
    contactName: record.contactName,
    contactPhoneMasked: record.contactPhoneMasked,
    checkinCode: record.checkinCode,
    ...(record.queueNumber ? { queueNumber: record.queueNumber, ahead, checkedInAt: record.checkedInAt } : {}),
    reminder: record.reminder,
    ...placeIn(hall, record.itemId),
    createdAt: record.createdAt,
  }
}

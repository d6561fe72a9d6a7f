/**
 * The slot engine: which 30-minute slots a hall offers for an item on a date,
 * and how many seats each has. Times are Asia/Shanghai (fixed +08:00, no DST).
 */
import { BOOKING_DAYS, CLOUD_WINDOW_HOURS, type HallKind, type NoSlotsReason, type ServiceItem, type Slot, type SlotsResponse } from '../../src/contract'
import { type HallSeed } from '../halls/data'
import { hallServes } from '../halls/routing'
import { averageQueue } from '../halls/queue'
import { hashFraction } from '../hash'
import { daysBetween, holidayOn, isoAt, localDate, weekdayOf } from '../calendar'

export const SLOT_MINUTES = 30

/** Seats per slot and item: counters at the district centre, fewer at smaller halls (a 政务晓屋 books only its 云窗口). */
export const SLOT_CAPACITY: Record<Exclude<HallKind, 'kiosk'>, number> = { centre: 10, subcentre: 6, town: 4 }
/** 云窗口 is served by video at a 政务晓屋: one booth, fewer seats. */
export const CLOUD_WINDOW_CAPACITY = 4

const toMin = (hhmm: string) => parseInt(hhmm.slice(0, 2), 10) * 60 + parseInt(hhmm.slice(3, 5), 10)

export interface SlotDef {
  start: string
  end: string
  startMs: number
  capacity: number
  cloudWindow: boolean
}

export type SlotPlan = { slots: SlotDef[]; reason?: NoSlotsReason; holiday?: string }

/**
 * The slots a hall offers for an item on a date, before counting bookings: 30-minute steps inside the opening
 * periods of halls with counters on working days; at a 政务晓屋 only the Saturday-morning 云窗口, for its items;
 * none on holidays, closed days, past times or beyond seven days.
 */
export function planSlots(hall: HallSeed, item: ServiceItem, date: string, nowMs: number): SlotPlan {
  const video = hall.kind === 'kiosk'
  if (video && !(hall.cloudWindow && item.cloudWindow)) return { slots: [], reason: 'self-service' }
  if (!hallServes(hall, item)) return { slots: [], reason: 'not-served' }
  const today = localDate(nowMs)
  const ahead = daysBetween(today, date)
  if (ahead < 0) return { slots: [], reason: 'past' }
  if (ahead >= BOOKING_DAYS) return { slots: [], reason: 'too-far' }
  const holiday = holidayOn(date)
  if (holiday) return { slots: [], reason: 'holiday', holiday }
  const weekday = weekdayOf(date)
  const periods = (video ? CLOUD_WINDOW_HOURS : hall.hours).filter((p) => p.weekday === weekday)
  if (periods.length === 0) {
    if (video) return { slots: [], reason: 'cloud-window-saturday' }
    return { slots: [], reason: weekday === 6 && item.cloudWindow ? 'cloud-window-at-kiosk' : 'closed' }
  }
  const slots: SlotDef[] = []
  for (const period of periods) {
    for (let m = toMin(period.open); m + SLOT_MINUTES <= toMin(period.close); m += SLOT_MINUTES) {
      const start = isoAt(date, m)
      const startMs = Date.parse(start)
      if (startMs <= nowMs) continue
      slots.push({ start, end: isoAt(date, m + SLOT_MINUTES), startMs, capacity: hall.kind === 'kiosk' ? CLOUD_WINDOW_CAPACITY : SLOT_CAPACITY[hall.kind], cloudWindow: video })
    }
  }
  slots.sort((a, b) => a.startMs - b.startMs)
  return slots.length ? { slots } : { slots: [], reason: 'past' }
}

/**
 * Seats already taken by other residents (not in the demo's store): the
 * mock's stand-in for a busy district, so the picker shows full and nearly
 * full slots. Busy hours of the next three days fill up; later days are free.
 */
/** How hard others book: at 1.8 about half of tomorrow's peak slots are full, as in the busiest halls. */
const DEMAND = 1.8

export function othersBooked(hall: HallSeed, itemId: string, slot: SlotDef, nowMs: number): number {
  const ahead = daysBetween(localDate(nowMs), slot.start.slice(0, 10))
  const dayFactor = Math.max(0, 1 - ahead / 3)
  if (dayFactor === 0) return 0
  const hour = parseInt(slot.start.slice(11, 13), 10)
  const load = averageQueue(hall, weekdayOf(slot.start.slice(0, 10)), hour) / (averageQueue(hall, 1, 10) || 1)
  const noise = 0.5 + hashFraction(`${hall.id}|${itemId}|${slot.start}`) * 0.9
  return Math.min(slot.capacity, Math.floor(slot.capacity * load * dayFactor * noise * DEMAND))
}

export function toSlot(def: SlotDef, booked: number): Slot {
  return { start: def.start, end: def.end, capacity: def.capacity, booked: Math.min(def.capacity, booked), cloudWindow: def.cloudWindow }
}

export function slotsResponse(hallId: string, itemId: string, date: string, plan: SlotPlan, bookedOf: (def: SlotDef) => number): SlotsResponse {
  const items = plan.slots.map((def) => toSlot(def, bookedOf(def)))
  return { hallId, itemId, date, items, total: items.length, ...(plan.reason ? { reason: plan.reason } : {}), ...(plan.holiday ? { holiday: plan.holiday } : {}) }
}

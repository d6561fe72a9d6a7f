/**
 * The queue model: one ticket history per hall, which every queue figure reads. The history of a day is seeded
 * deterministically (the same hall and day always give the same tickets) from the hall's usual load by kind, hour
 * and weekday; the store's real tickets join it. The hall's queue now, its usual queue by hour (busy hours), the
 * recommendations' "通常排队约 N 人", the booking's "ahead" and a ticket's "ahead" (its group's seeded people still
 * waiting, `seededAhead` in ../visit/tickets.ts) all count people in this history.
 */
import type { BusyHour } from '../../src/contract'
import type { HallKind } from '../../src/contract'
import { addDays, isoAt, localTime } from '../calendar'
import { hashFraction } from '../hash'
import { seededRandom } from '../ids'
import type { HallSeed } from './data'

/** How many usually wait, by kind, before the hour and weekday profiles: what the history is seeded from. */
const BASE_QUEUE: Record<HallKind, number> = { centre: 26, subcentre: 14, town: 8, kiosk: 1.5 }
/** Relative load by hour: mornings peak at 10:00, afternoons at 15:00. */
const HOUR_PROFILE: Record<number, number> = { 8: 0.3, 9: 0.8, 10: 1.3, 11: 1.0, 12: 0.5, 13: 0.5, 14: 0.9, 15: 1.2, 16: 0.9, 17: 0.5, 18: 0.3, 19: 0.3, 20: 0.2, 21: 0.1 }
/** Relative load by weekday (0 = Sunday): Mondays are busiest. */
const WEEKDAY_PROFILE = [0.4, 1.35, 1.1, 1.0, 0.95, 1.15, 0.8]

/** The load the history is seeded with at a weekday (0 = Sunday) and hour; 0 when the hall is closed then. */
export function averageQueue(hall: HallSeed, weekday: number, hour: number): number {
  const open = hall.hours.some((p) => p.weekday === weekday && parseInt(p.open, 10) <= hour && hour < parseInt(p.close, 10) + (p.close.endsWith(':30') ? 1 : 0))
  if (!open) return 0
  const value = BASE_QUEUE[hall.kind] * hall.busyFactor * WEEKDAY_PROFILE[weekday] * (HOUR_PROFILE[hour] ?? 0)
  return Math.round(value * 10) / 10
}

/** One ticket's time in the queue: taken, then called (or given up). */
export interface Stay {
  takenAt: number
  leftAt: number
}

/** The store's real tickets at a hall, as stays (the visit feature keeps them). */
export type RealStays = (hallId: string) => Stay[]
export const NO_REAL_TICKETS: RealStays = () => []

/** Same weekdays of history that count towards an hour's usual queue. */
export const HISTORY_WEEKS = 6
/** Mean minutes a seeded ticket waits (the load × 60 / this = arrivals in an hour, so the load is the queue by Little's law). */
const MEAN_WAIT_MIN = 20

/** People in the queue at an instant: taken by then, not yet called. */
export function queueAt(stays: Stay[], at: number): number {
  let n = 0
  for (const s of stays) if (s.takenAt <= at && at < s.leftAt) n++
  return n
}

/** The usual queue at each hour: the queue at the hour's middle (hh:30), averaged over the sample days, one decimal. */
export function usualByHour(stays: Stay[], days: string[], hours: number[]): BusyHour[] {
  return hours.map((hour) => {
    const counts = days.map((day) => queueAt(stays, Date.parse(isoAt(day, hour * 60 + 30))))
    const average = counts.length ? counts.reduce((a, b) => a + b, 0) / counts.length : 0
    return { hour, average: Math.round(average * 10) / 10 }
  })
}

const seeded = new Map<string, Stay[]>()

/** A day's tickets at a hall, made up deterministically from the hall's load. */
export function seededHistory(hall: HallSeed, day: string): Stay[] {
  const key = `${hall.id}:${day}`
  const cached = seeded.get(key)
  if (cached) return cached
  const { weekday } = localTime(Date.parse(isoAt(day, 12 * 60)))
  // one generator per hall and day (not a hash per ticket): a day is made in a fraction of a millisecond
  const random = seededRandom(Math.floor(hashFraction(`busy:${key}`) * 4294967296))
  const stays: Stay[] = []
  for (let hour = 0; hour < 24; hour++) {
    const model = averageQueue(hall, weekday, hour)
    if (!model) continue
    const arrivals = Math.round((model * 60) / MEAN_WAIT_MIN * (0.8 + 0.4 * random()))
    const start = Date.parse(isoAt(day, hour * 60))
    for (let i = 0; i < arrivals; i++) {
      const takenAt = start + Math.floor(random() * 3600_000)
      const wait = MEAN_WAIT_MIN * (0.5 + random())
      stays.push({ takenAt, leftAt: takenAt + Math.round(wait * 60_000) })
    }
  }
  if (seeded.size > 2000) seeded.clear()
  seeded.set(key, stays)
  return stays
}

/** The hours a hall is open on a weekday, whole hours from the first opening to the last closing. */
export function openHours(hall: HallSeed, weekday: number): number[] {
  const periods = hall.hours.filter((p) => p.weekday === weekday)
  if (!periods.length) return []
  const first = Math.min(...periods.map((p) => parseInt(p.open, 10)))
  const last = Math.max(...periods.map((p) => parseInt(p.close, 10) + (p.close.endsWith(':00') ? 0 : 1)))
  return Array.from({ length: last - first }, (_, i) => first + i)
}

/** The HISTORY_WEEKS dates of a weekday before today (today itself is not among them). */
export function sampleDays(today: string, todayWeekday: number, weekday: number): string[] {
  const back = (todayWeekday - weekday + 7) % 7 || 7
  return Array.from({ length: HISTORY_WEEKS }, (_, w) => addDays(today, -(back + 7 * w)))
}

/** The hall's queue now: today's history so far plus the real tickets still waiting. */
export function queueNow(hall: HallSeed, nowMs: number, real: Stay[] = []): number {
  return queueAt([...seededHistory(hall, localTime(nowMs).date), ...real], nowMs)
}

const seededCounts = new Map<string, number>()
/** The seeded history's queue at a day's hh:30, remembered: busy hours and recommendations ask again and again. */
function seededAt(hall: HallSeed, day: string, hour: number): number {
  const key = `${hall.id}|${day}|${hour}`
  let n = seededCounts.get(key)
  if (n === undefined) {
    n = queueAt(seededHistory(hall, day), Date.parse(isoAt(day, hour * 60 + 30)))
    if (seededCounts.size > 50_000) seededCounts.clear()
    seededCounts.set(key, n)
  }
  return n
}

/**
 * The usual queue at a weekday's hours: the queue at hh:30 on the sample days, history and real tickets, averaged;
 * on today's weekday, today joins the sample for each hour whose middle has passed.
 */
export function usualQueue(hall: HallSeed, weekday: number, hours: number[], nowMs: number, real: Stay[] = []): BusyHour[] {
  const today = localTime(nowMs)
  const dates = sampleDays(today.date, today.weekday, weekday)
  return hours.map((hour) => {
    const counts = dates.map((day) => seededAt(hall, day, hour) + queueAt(real, Date.parse(isoAt(day, hour * 60 + 30))))
    const mid = Date.parse(isoAt(today.date, hour * 60 + 30))
    if (weekday === today.weekday && mid <= nowMs) counts.push(seededAt(hall, today.date, hour) + queueAt(real, mid))
    const average = counts.reduce((a, b) => a + b, 0) / counts.length
    return { hour, average: Math.round(average * 10) / 10 }
  })
}

/** The usual queue at this very time of day on this weekday: what "通常排队约 N 人" beside the queue now compares with. */
export function usualNow(hall: HallSeed, nowMs: number, real: Stay[] = []): number {
  const today = localTime(nowMs)
  const minutes = today.hour * 60 + today.minute
  const counts = sampleDays(today.date, today.weekday, today.weekday)
    .map((day) => queueAt([...seededHistory(hall, day), ...real], Date.parse(isoAt(day, minutes))))
  return Math.round(counts.reduce((a, b) => a + b, 0) / counts.length)
}

/**
 * Busy hours from the ticket queue: how many people usually wait at a hall at each hour, computed from ticket
 * history — a seeded history of past days (deterministic: the same hall and day always give the same tickets,
 * their arrivals following the hall's queue model in ../halls/queue.ts) plus the real tickets the store holds.
 */
import type { BusyHour, BusyHoursResponse } from '../../src/contract'
import type { Store } from '../store'
import type { HallSeed } from '../halls/data'
import { averageQueue } from '../halls/queue'
import { hashFraction } from '../hash'
import { addDays, isoAt, localTime } from '../calendar'
import type { TicketRecord } from './tickets'

/** One ticket's time in the queue: taken, then called (or given up). */
export interface Stay {
  takenAt: number
  leftAt: number
}

/** Same weekdays of history that count towards an hour's usual queue. */
export const HISTORY_WEEKS = 6
/** Mean minutes a seeded ticket waits (the model's queue length × this = arrivals in an hour). */
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

/** A past day's tickets at a hall, made up deterministically from the hall's queue model. */
export function seededHistory(hall: HallSeed, day: string): Stay[] {
  const key = `${hall.id}:${day}`
  const cached = seeded.get(key)
  if (cached) return cached
  const { weekday } = localTime(Date.parse(isoAt(day, 12 * 60)))
  const stays: Stay[] = []
  for (let hour = 0; hour < 24; hour++) {
    const model = averageQueue(hall, weekday, hour)
    if (!model) continue
    const arrivals = Math.round((model * 60) / MEAN_WAIT_MIN * (0.8 + 0.4 * hashFraction(`busy:${key}:${hour}`)))
    const start = Date.parse(isoAt(day, hour * 60))
    for (let i = 0; i < arrivals; i++) {
      const takenAt = start + Math.floor(hashFraction(`busy:${key}:${hour}:${i}:t`) * 3600_000)
      const wait = MEAN_WAIT_MIN * (0.5 + hashFraction(`busy:${key}:${hour}:${i}:w`))
      stays.push({ takenAt, leftAt: takenAt + Math.round(wait * 60_000) })
    }
  }
  if (seeded.size > 2000) seeded.clear()
  seeded.set(key, stays)
  return stays
}

/** Real tickets as stays: a waiting one is still in the queue now; a cancelled one never called leaves no trace of how long. */
export function ticketStays(store: Store, hallId: string, nowMs: number): Stay[] {
  return store.collection<TicketRecord>('tickets')
    .filter((t) => t.hallId === hallId && (t.calledAt !== undefined || t.status === 'waiting'))
    .map((t) => ({ takenAt: t.takenAt, leftAt: t.calledAt ?? nowMs }))
}

function openHours(hall: HallSeed, weekday: number): number[] {
  const periods = hall.hours.filter((p) => p.weekday === weekday)
  if (!periods.length) return []
  const first = Math.min(...periods.map((p) => parseInt(p.open, 10)))
  const last = Math.max(...periods.map((p) => parseInt(p.close, 10) + (p.close.endsWith(':00') ? 0 : 1)))
  return Array.from({ length: last - first }, (_, i) => first + i)
}

/**
 * Each weekday's usual queue by open hour over the last HISTORY_WEEKS same weekdays (seeded history plus real
 * tickets; today counts for the hours already past), its quietest hour, and the usual queue for the hour now.
 */
export function busyHours(store: Store, hall: HallSeed, nowMs: number): BusyHoursResponse {
  const today = localTime(nowMs)
  const real = ticketStays(store, hall.id, nowMs)
  const days = [0, 1, 2, 3, 4, 5, 6].map((weekday) => {
    const hours = openHours(hall, weekday)
    const back = (today.weekday - weekday + 7) % 7 || 7
    const dates = Array.from({ length: HISTORY_WEEKS }, (_, w) => addDays(today.date, -(back + 7 * w)))
    const stays = [...dates.flatMap((d) => seededHistory(hall, d)), ...real]
    const usual = usualByHour(stays, dates, hours).map((h) => {
      // today's real queue joins the sample once the hour's middle has passed
      const mid = Date.parse(isoAt(today.date, h.hour * 60 + 30))
      if (weekday !== today.weekday || mid > nowMs) return h
      const sum = h.average * dates.length + queueAt(stays, mid)
      return { hour: h.hour, average: Math.round((sum / (dates.length + 1)) * 10) / 10 }
    })
    const open = usual.filter((h) => h.average > 0)
    const quiet = open.length ? open.reduce((best, h) => (h.average < best.average ? h : best)) : null
    return { weekday, hours: usual, quietHour: quiet ? quiet.hour : null }
  })
  const nowHour = days[today.weekday].hours.find((h) => h.hour === today.hour)
  return { hallId: hall.id, days, usualNow: nowHour ? { hour: nowHour.hour, people: Math.round(nowHour.average) } : null }
}

/**
 * Busy hours from the ticket queue: how many people usually wait at a hall at each hour, from the hall's ticket
 * history (the queue model in ../halls/queue.ts) plus the real tickets the store holds.
 */
import type { BusyHoursResponse } from '../../src/contract'
import type { Store } from '../store'
import type { HallSeed } from '../halls/data'
import { openHours, usualNow, usualQueue, type Stay } from '../halls/queue'
import { addDays, isoAt, localTime } from '../calendar'
import type { TicketRecord } from './tickets'

/** Real tickets as stays: a waiting one is in the queue until its day ends; a cancelled one never called leaves no trace of how long. */
export function ticketStays(store: Store, hallId: string): Stay[] {
  return store.collection<TicketRecord>('tickets')
    .filter((t) => t.hallId === hallId && (t.calledAt !== undefined || t.status === 'waiting'))
    .map((t) => ({ takenAt: t.takenAt, leftAt: t.calledAt ?? Date.parse(isoAt(addDays(t.day, 1), 0)) }))
}

/**
 * Each weekday's usual queue by open hour over the last HISTORY_WEEKS same weekdays (seeded history plus real
 * tickets; today counts for the hours already past), its quietest hour, and the usual queue at this time of day.
 */
export function busyHours(store: Store, hall: HallSeed, nowMs: number): BusyHoursResponse {
  const today = localTime(nowMs)
  const real = ticketStays(store, hall.id)
  const days = [0, 1, 2, 3, 4, 5, 6].map((weekday) => {
    const usual = usualQueue(hall, weekday, openHours(hall, weekday), nowMs, real)
    const open = usual.filter((h) => h.average > 0)
    const quiet = open.length ? open.reduce((best, h) => (h.average < best.average ? h : best)) : null
    return { weekday, hours: usual, quietHour: quiet ? quiet.hour : null }
  })
  const nowHour = days[today.weekday].hours.find((h) => h.hour === today.hour)
  return { hallId: hall.id, days, usualNow: nowHour ? { hour: nowHour.hour, people: usualNow(hall, nowMs, real) } : null }
}

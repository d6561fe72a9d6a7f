/**
 * Which hall to go to for an item: ranked by distance, the earliest free slot
 * and the queue expected at that slot, with the reasons in words.
 */
import type { Hall, Recommendation, ServiceItem } from '../../src/contract'
import { hallSeeds, type HallSeed } from './data'
import { hallServes } from './routing'
import { usualQueue } from './queue'
import { ticketStays } from '../visit/busy'
import { itemById } from '../catalogue/items'
import { fail } from '../errors'
import type { Store } from '../store'
import { bookedCount } from '../appointments/domain'
import { distanceKm, type LngLat } from './geo'
import { toHall } from './domain'
import { planSlots } from '../appointments/slots'
import { addDays, daysBetween, localDate, localTime, weekdayOf } from '../calendar'
import { BOOKING_DAYS } from '../../src/contract'

export interface Candidate {
  hall: Hall
  distanceKm: number | null
  /** ms of the earliest free slot, null when none in the window */
  earliestStartMs: number | null
  /** the same slot's start as the contract writes it (+08:00) */
  earliestStart?: string
  expectedQueue: number
}

/** Weights: 1 km of travel ≈ 4 hours of waiting for a slot ≈ 7 people in the queue. */
export const RANKING_WEIGHTS = { perKm: 1, perHourWait: 0.25, perPersonQueued: 0.15 }

/** Lower is better; a hall with no free slot is never recommended over one with a slot. */
export function recommendationScore(c: Candidate, nowMs: number): number {
  if (c.earliestStartMs === null) return Number.POSITIVE_INFINITY
  const waitHours = Math.max(0, (c.earliestStartMs - nowMs) / 3_600_000)
  return (c.distanceKm ?? 0) * RANKING_WEIGHTS.perKm + waitHours * RANKING_WEIGHTS.perHourWait + c.expectedQueue * RANKING_WEIGHTS.perPersonQueued
}

/** The ranking rule: by score, ties by distance then name, so the order is stable. */
export function rankCandidates(candidates: Candidate[], nowMs: number): Candidate[] {
  return [...candidates].sort((a, b) => {
    const d = recommendationScore(a, nowMs) - recommendationScore(b, nowMs)
    if (d !== 0 && !Number.isNaN(d)) return d
    return (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || a.hall.name.localeCompare(b.hall.name)
  })
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "2.1 km · 明天 09:30 有号 · 通常不排队" */
export function explain(c: Candidate, nowMs: number): string {
  const parts: string[] = []
  if (c.distanceKm !== null) parts.push(c.distanceKm < 1 ? `${Math.round(c.distanceKm * 1000)} m` : `${c.distanceKm.toFixed(1)} km`)
  if (c.earliestStartMs === null) parts.push('7 天内无号')
  else {
    const local = localTime(c.earliestStartMs)
    const days = daysBetween(localDate(nowMs), local.date)
    const day = days === 0 ? '今天' : days === 1 ? '明天' : days === 2 ? '后天' : `${local.month}月${local.day}日`
    parts.push(`${day} ${pad(local.hour)}:${pad(local.minute)} 有号`)
  }
  parts.push(c.expectedQueue < 3 ? '通常不排队' : `通常排队约 ${Math.round(c.expectedQueue)} 人`)
  return parts.join(' · ')
}

/**
 * A 云窗口 item can be booked at any of 104 政务晓屋, all with the same Saturday hours: the nearest few are enough
 * beside the staffed halls (the nearest dozen are weighed, in case some are full). Without a position, none.
 */
export const KIOSKS_RECOMMENDED = 3
const KIOSKS_WEIGHED = 12

function nearestKiosks(item: ServiceItem, from: LngLat | null): HallSeed[] {
  if (!item.cloudWindow || !from) return []
  return hallSeeds()
    .filter((h) => h.kind === 'kiosk' && hallServes(h, item))
    .map((h) => ({ h, km: distanceKm(from, h) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, KIOSKS_WEIGHED)
    .map(({ h }) => h)
}

/** Halls that take appointments for the item (政务晓屋 for 云窗口 items), each with its earliest free slot, ranked. */
export function recommend(store: Store, itemId: string, from: LngLat | null, nowMs: number): Recommendation[] {
  const item = itemById(itemId)
  if (!item) throw fail.notFound('事项')
  const today = localDate(nowMs)
  const staffed = hallSeeds().filter((h) => h.kind !== 'kiosk' && hallServes(h, item))
  const candidates: Candidate[] = [...staffed, ...nearestKiosks(item, from)]
    .map((seed) => {
      let earliest: { ms: number; start: string; hour: number; weekday: number } | null = null
      for (let d = 0; d < BOOKING_DAYS && !earliest; d++) {
        const date = addDays(today, d)
        const free = planSlots(seed, item, date, nowMs).slots.find((s) => bookedCount(store, seed, itemId, s, nowMs) < s.capacity)
        if (free) earliest = { ms: free.startMs, start: free.start, hour: parseInt(free.start.slice(11, 13), 10), weekday: weekdayOf(date) }
      }
      const real = ticketStays(store, seed.id)
      return {
        hall: toHall(seed, new Date(nowMs), () => real),
        distanceKm: from ? Math.round(distanceKm(from, seed) * 10) / 10 : null,
        earliestStartMs: earliest?.ms ?? null,
        earliestStart: earliest?.start,
        expectedQueue: earliest ? usualQueue(seed, earliest.weekday, [earliest.hour], nowMs, real)[0].average : 0,
      }
    })
  let kiosks = 0
  const ranked = rankCandidates(candidates, nowMs).filter((c) => c.hall.kind !== 'kiosk' || ++kiosks <= KIOSKS_RECOMMENDED)
  return ranked.map((c, i) => ({
    hall: c.hall,
    rank: i + 1,
    distanceKm: c.distanceKm,
    earliestStart: c.earliestStart ?? null,
    expectedQueue: c.expectedQueue,
    why: explain(c, nowMs),
  }))
}

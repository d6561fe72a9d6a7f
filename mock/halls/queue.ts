import type { HallKind } from '../../src/contract'
import { localTime } from '../calendar'
import { hashFraction } from '../hash'
import type { HallSeed } from './data'

/** The queue model: a hall's usual queue by kind, hour and weekday, and today's live length from it. */
const BASE_QUEUE: Record<HallKind, number> = { centre: 26, subcentre: 14, town: 8, kiosk: 1.5 }
/** Relative load by hour: mornings peak at 10:00, afternoons at 15:00. */
const HOUR_PROFILE: Record<number, number> = { 8: 0.3, 9: 0.8, 10: 1.3, 11: 1.0, 12: 0.5, 13: 0.5, 14: 0.9, 15: 1.2, 16: 0.9, 17: 0.5, 18: 0.3, 19: 0.3, 20: 0.2, 21: 0.1 }
/** Relative load by weekday (0 = Sunday): Mondays are busiest. */
const WEEKDAY_PROFILE = [0.4, 1.35, 1.1, 1.0, 0.95, 1.15, 0.8]

/** Average queue length at a weekday (0 = Sunday) and hour: the hall's history. */
export function averageQueue(hall: HallSeed, weekday: number, hour: number): number {
  const open = hall.hours.some((p) => p.weekday === weekday && parseInt(p.open, 10) <= hour && hour < parseInt(p.close, 10) + (p.close.endsWith(':30') ? 1 : 0))
  if (!open) return 0
  const value = BASE_QUEUE[hall.kind] * hall.busyFactor * WEEKDAY_PROFILE[weekday] * (HOUR_PROFILE[hour] ?? 0)
  return Math.round(value * 10) / 10
}

/** Live queue length: the history for this hour with a little day-to-day noise. */
export function currentQueue(hall: HallSeed, at: Date): number {
  const { weekday, hour, date } = localTime(at.getTime())
  const avg = averageQueue(hall, weekday, hour)
  if (avg === 0) return 0
  const noise = 0.7 + hashFraction(`${hall.id}:${date}T${String(hour).padStart(2, '0')}`) * 0.6
  return Math.max(0, Math.round(avg * noise))
}

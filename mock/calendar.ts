/**
 * The district's calendar: instants are epoch milliseconds (from `clock.now()`), days are local
 * `YYYY-MM-DD` dates in Asia/Shanghai (fixed +08:00, no DST), and working days skip weekends and the
 * public holidays in `domain/holidays.ts`. Every module that needs a local date, hour or working day uses these.
 */
import { holidayOn } from './holidays'

const OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000

/** The local date of an instant. */
export function localDate(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10)
}

/** The local wall clock of an instant: date, weekday (0 = Sunday), hour and minute. */
export function localTime(ms: number): { date: string; weekday: number; hour: number; minute: number; month: number; day: number } {
  const local = new Date(ms + OFFSET_MS)
  return { date: local.toISOString().slice(0, 10), weekday: local.getUTCDay(), hour: local.getUTCHours(), minute: local.getUTCMinutes(), month: local.getUTCMonth() + 1, day: local.getUTCDate() }
}

export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The instant, as ISO with +08:00, of `minutes` past local midnight on a date. */
export function isoAt(date: string, minutes: number): string {
  return `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+08:00`
}

export function isValidDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)
}

/** A weekday that is not a public holiday. */
export function isWorkingDay(date: string): boolean {
  const weekday = weekdayOf(date)
  return weekday !== 0 && weekday !== 6 && !holidayOn(date)
}

/** The date `n` working days after `date` (n ≥ 0; 0 gives `date` itself when it is a working day, else the next one). */
export function addWorkingDays(date: string, n: number): string {
  let day = date
  while (!isWorkingDay(day)) day = addDays(day, 1)
  for (let left = n; left > 0;) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) left -= 1
  }
  return day
}

export { holidayOn }

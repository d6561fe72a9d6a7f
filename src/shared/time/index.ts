import { useEffect, useState } from 'react'
import dayjs, { type Dayjs, type ConfigType } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import 'dayjs/locale/zh-cn'
import 'dayjs/locale/en'

dayjs.extend(utc)
dayjs.locale('zh-cn')

/** Asia/Shanghai has no daylight saving: a fixed +08:00 works everywhere, without Intl time zones (weapp). */
const SHANGHAI_OFFSET_MINUTES = 480

let serverSkewMs = 0

/**
 * The request client feeds the server's clock in (every answer carries it), so "today", opening hours and
 * countdowns follow the backend's clock, not the phone's, which may be a day off.
 */
export function syncServerTime(serverNowMs: number): void {
  if (Number.isFinite(serverNowMs) && serverNowMs > 0) serverSkewMs = serverNowMs - Date.now()
}

/** Now by the server's clock (device clock + the last measured skew). */
export function nowMs(): number {
  return Date.now() + serverSkewMs
}

/** For measuring how long something took on this device (never for "today" or expiry). */
export function elapsedSince(startMs: number): number {
  return Date.now() - startMs
}

/** A start mark for elapsedSince. */
export function startTimer(): number {
  return Date.now()
}

/** Now in the district's time. */
export function now(): Dayjs {
  return dayjs(nowMs()).utcOffset(SHANGHAI_OFFSET_MINUTES)
}

/** Today in the district, YYYY-MM-DD, by the server's clock. */
export function today(): string {
  return now().format('YYYY-MM-DD')
}

/** Any time shown in the district's time. */
export function local(value: ConfigType): Dayjs {
  return dayjs(value).utcOffset(SHANGHAI_OFFSET_MINUTES)
}

/** A moment as people read it on a record: 2026-11-23 09:30 (district time). */
export function formatDateTime(value: ConfigType): string {
  return local(value).format('YYYY-MM-DD HH:mm')
}

/** The same within the year, for timelines and lists: 11-23 09:30. */
export function formatShortDateTime(value: ConfigType): string {
  return local(value).format('MM-DD HH:mm')
}

/** The current time, refreshed every `everyMs` (server-synced clock): for countdowns. */
export function useNow(everyMs: number): number {
  const [at, setAt] = useState(nowMs)
  useEffect(() => {
    setAt(nowMs())
    const timer = setInterval(() => setAt(nowMs()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return at
}

export function setDateLocale(locale: 'zh-cn' | 'en'): void {
  dayjs.locale(locale)
}

export { dayjs }
export type { Dayjs }

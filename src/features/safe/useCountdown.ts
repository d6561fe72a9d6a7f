import { useNow } from '@/shared/time'

/** Milliseconds left until `untilMs` (server-synced clock), ticking every second. */
export function useCountdown(untilMs: number): number {
  return untilMs - useNow(1000)
}

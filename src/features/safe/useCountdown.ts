import { useEffect, useState } from 'react'
import { nowMs } from '@/shared/time'

/** Milliseconds left until `untilMs` (server-synced clock), ticking every second. */
export function useCountdown(untilMs: number): number {
  const [left, setLeft] = useState(() => untilMs - nowMs())
  useEffect(() => {
    setLeft(untilMs - nowMs())
    const timer = setInterval(() => setLeft(untilMs - nowMs()), 1000)
    return () => clearInterval(timer)
  }, [untilMs])
  return left
}

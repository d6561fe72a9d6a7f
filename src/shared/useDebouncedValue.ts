import { useEffect, useState } from 'react'

/** How long typing must pause before a search goes out: one request per pause, not one per key. */
export const TYPING_PAUSE_MS = 150

/** The value, once it has stayed the same for `delayMs` (an emptied value passes at once). */
export function useDebouncedValue<T>(value: T, delayMs = TYPING_PAUSE_MS): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (!value) {
      setSettled(value)
      return undefined
    }
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return settled
}

import { useCallback, useEffect, useRef, useState } from 'react'

interface Versioned {
  version: number
}

export interface Live<T> {
  data: T | undefined
  error: unknown
  /** a held read failed: polling plainly until one answers */
  reconnecting: boolean
  /** show an answer the screen got itself (after an action), if it is not older than what is shown */
  apply: (next: T) => void
  reload: () => void
}

/** Plain polling interval while the held read keeps failing. */
export const FALLBACK_POLL_MS = 2_000

/**
 * Live data over long polling: read once, then ask again with the version in
 * hand; the server answers when its version moves (or after ~25 s with the
 * same one). When a held read fails, poll plainly every FALLBACK_POLL_MS until
 * one answers, then hold again. An answer older than the one shown is
 * dropped, so a late reply never brings back a stale call.
 */
export function useLive<T extends Versioned>(
  read: (version?: number) => Promise<T>,
  deps: unknown[],
  { onChange, stop }: { onChange?: (previous: T | undefined, next: T) => void; stop?: (data: T) => boolean } = {},
): Live<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)
  const [reconnecting, setReconnecting] = useState(false)
  const [round, setRound] = useState(0)
  const shown = useRef<T | undefined>(undefined)
  const handlers = useRef({ read, onChange, stop })
  handlers.current = { read, onChange, stop }

  const apply = useCallback((next: T) => {
    const previous = shown.current
    if (previous && next.version < previous.version) return
    shown.current = next
    setData(next)
    if (previous !== next) handlers.current.onChange?.(previous, next)
  }, [])

  useEffect(() => {
    let active = true
    shown.current = undefined
    setData(undefined)
    setError(undefined)
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    const run = async () => {
      let failing = false
      while (active) {
        const current = shown.current
        if (current && handlers.current.stop?.(current)) return
        try {
          // After a failure the next read is a plain one: it answers at once and shows where things stand.
          const next = await handlers.current.read(current && !failing ? current.version : undefined)
          if (!active) return
          failing = false
          setReconnecting(false)
          apply(next)
        } catch (e) {
          if (!active) return
          if (!shown.current) {
            setError(e)
            return
          }
          failing = true
          setReconnecting(true)
          await sleep(FALLBACK_POLL_MS)
        }
      }
    }
    run()
    return () => {
      active = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round])

  return { data, error, reconnecting, apply, reload: () => setRound((r) => r + 1) }
}

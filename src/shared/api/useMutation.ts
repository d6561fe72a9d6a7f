import { useCallback, useRef, useState } from 'react'
import { newIdempotencyKey } from './client'
import { ApiError } from './errors'
import { markStale } from './freshness'

export interface Mutation<Args extends unknown[], Result> {
  /** Sends it (a tap while one is under way does nothing); the result, or undefined when it failed (see `error`). */
  run: (...args: Args) => Promise<Result | undefined>
  busy: boolean
  error: ApiError | Error | undefined
  /** what is sent changed (another slot, another form): the next run is a new submission, with a new key */
  reset: () => void
}

interface Options<Result> {
  /** the reads it changes: they load again once it succeeds */
  invalidates?: readonly string[]
  onSuccess?: (result: Result) => void
  onError?: (error: ApiError | Error) => void
}

/**
 * One write a person makes (submit, book, cancel): busy while it runs, its error, and one Idempotency-Key
 * per submission. A retry after a lost answer (network, timeout, server fault) sends the same key, so the
 * backend makes one record however often it is tried; a refusal (bad input, a full slot) means nothing was
 * made, so the next try is a new submission with a new key.
 */
export function useMutation<Args extends unknown[], Result>(
  perform: (idempotencyKey: string, ...args: Args) => Promise<Result>,
  options: Options<Result> = {},
): Mutation<Args, Result> {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | Error>()
  const running = useRef(false)
  const key = useRef<string | null>(null)
  const latest = useRef({ perform, options })
  latest.current = { perform, options }

  const run = useCallback(async (...args: Args): Promise<Result | undefined> => {
    if (running.current) return undefined
    running.current = true
    setBusy(true)
    setError(undefined)
    key.current ??= newIdempotencyKey()
    try {
      const result = await latest.current.perform(key.current, ...args)
      key.current = null
      if (latest.current.options.invalidates) markStale(latest.current.options.invalidates)
      latest.current.options.onSuccess?.(result)
      return result
    } catch (e) {
      const failure = e as ApiError | Error
      if (!(failure instanceof ApiError && failure.retryable)) key.current = null
      setError(failure)
      latest.current.options.onError?.(failure)
      return undefined
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])

  const reset = useCallback(() => {
    key.current = null
    setError(undefined)
  }, [])
  return { run, busy, error, reset }
}

import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from './errors'
import { onStale } from './freshness'

export interface Resource<T> {
  data: T | undefined
  error: ApiError | Error | undefined
  loading: boolean
  /** the data shown is the last copy kept on the device, because the network failed */
  offline: boolean
  reload: () => Promise<void>
}

interface Options {
  /** keep the last good result on the device and show it when offline */
  cacheKey?: string
  /** skip loading until true (e.g. until signed in) */
  enabled?: boolean
  /** what it shows, by name: it loads again when a mutation that changes any of them succeeds */
  tags?: readonly string[]
}

/** Loading, error, offline and data for one read; every screen uses it so every screen has the same states. */
export function useResource<T>(fetcher: () => Promise<T>, deps: unknown[], options: Options = {}): Resource<T> {
  const { cacheKey, enabled = true, tags } = options
  const cached = () => {
    if (!cacheKey) return undefined
    try {
      const raw = Taro.getStorageSync(`cache:${cacheKey}`)
      return raw ? (JSON.parse(raw) as T) : undefined
    } catch {
      return undefined
    }
  }
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<ApiError | Error | undefined>(undefined)
  const [loading, setLoading] = useState<boolean>(enabled)
  const [offline, setOffline] = useState(false)
  const generation = useRef(0)
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher

  const load = useCallback(async () => {
    const mine = ++generation.current
    setLoading(true)
    setError(undefined)
    try {
      const result = await fetcherRef.current()
      if (mine !== generation.current) return
      setData(result)
      setOffline(false)
      if (cacheKey) {
        try {
          Taro.setStorageSync(`cache:${cacheKey}`, JSON.stringify(result))
        } catch {
          // storage full: the cache is a convenience only
        }
      }
    } catch (e) {
      if (mine !== generation.current) return
      const copy = e instanceof ApiError && e.offline ? cached() : undefined
      if (copy !== undefined) {
        setData(copy)
        setOffline(true)
      } else {
        setError(e as Error)
      }
    } finally {
      if (mine === generation.current) setLoading(false)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cacheKey])

  useEffect(() => {
    if (enabled) load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, ...deps])

  const tagList = tags?.join(',') ?? ''
  useEffect(() => {
    if (!enabled || !tagList) return undefined
    const stops = tagList.split(',').map((tag) => onStale(tag, load))
    return () => stops.forEach((stop) => stop())
  }, [enabled, tagList, load])

  return { data, error, loading, offline, reload: load }
}

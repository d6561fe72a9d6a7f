import { useEffect, useRef, useState } from 'react'
import type { ListResponse, ServiceItem } from '@/contract'
import { TYPING_PAUSE_MS } from '@/shared/useDebouncedValue'
import { catalogueApi } from './api'

export const SEARCH_DEBOUNCE_MS = TYPING_PAUSE_MS
const PAGE_SIZE = 20

export interface ItemSearch {
  query: string
  setQuery: (q: string) => void
  theme: string
  setTheme: (id: string) => void
  department: string
  setDepartment: (id: string) => void
  result: ListResponse<ServiceItem> | undefined
  loading: boolean
  error: Error | undefined
  retry: () => void
}

/** Search as you type: debounced, and a late answer to an old query never overwrites a newer one. */
export function useItemSearch(initialQuery = '', initialTheme = ''): ItemSearch {
  const [query, setQuery] = useState(initialQuery)
  const [theme, setTheme] = useState(initialTheme)
  const [department, setDepartment] = useState('')
  const [result, setResult] = useState<ListResponse<ServiceItem>>()
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<Error>()
  const [attempt, setAttempt] = useState(0)
  const latest = useRef(0)

  useEffect(() => {
    const mine = ++latest.current
    setLoading(true)
    const timer = setTimeout(async () => {
      try {
        const res = await catalogueApi.items({ q: query.trim() || undefined, theme: theme || undefined, department: department || undefined, pageSize: PAGE_SIZE })
        if (mine !== latest.current) return
        setResult(res)
        setError(undefined)
      } catch (e) {
        if (mine === latest.current) setError(e as Error)
      } finally {
        if (mine === latest.current) setLoading(false)
      }
    }, query ? SEARCH_DEBOUNCE_MS : 0)
    return () => clearTimeout(timer)
  }, [query, theme, department, attempt])

  return { query, setQuery, theme, setTheme, department, setDepartment, result, loading, error, retry: () => setAttempt((n) => n + 1) }
}

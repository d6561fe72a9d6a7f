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
  /** more items than loaded */
  hasMore: boolean
  loadingMore: boolean
  /** the next page, appended (the list goes on to the last item) */
  loadMore: () => void
}

/**
 * Search as you type: debounced, and a late answer to an old query never overwrites a newer one.
 * `filteredOnly`: a query without a theme or department is left to one search (useSearch), so only listings and filtered queries load items.
 */
export function useItemSearch(initialQuery = '', initialTheme = '', filteredOnly = false): ItemSearch {
  const [query, setQuery] = useState(initialQuery)
  const [theme, setTheme] = useState(initialTheme)
  const [department, setDepartment] = useState('')
  const [result, setResult] = useState<ListResponse<ServiceItem>>()
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<Error>()
  const [attempt, setAttempt] = useState(0)
  const latest = useRef(0)
  const [loadingMore, setLoadingMore] = useState(false)
  const page = useRef(1)

  useEffect(() => {
    const mine = ++latest.current
    if (filteredOnly && query.trim() && !theme && !department) { setLoading(false); return undefined }
    setLoading(true)
    const timer = setTimeout(async () => {
      try {
        const res = await catalogueApi.items({ q: query.trim() || undefined, theme: theme || undefined, department: department || undefined, pageSize: PAGE_SIZE })
        if (mine !== latest.current) return
        page.current = 1
        setResult(res)
        setError(undefined)
      } catch (e) {
        if (mine === latest.current) setError(e as Error)
      } finally {
        if (mine === latest.current) setLoading(false)
      }
    }, query ? SEARCH_DEBOUNCE_MS : 0)
    return () => clearTimeout(timer)
  }, [query, theme, department, attempt, filteredOnly])

  const hasMore = !!result && result.items.length < result.total
  const loadMore = () => {
    if (!hasMore || loadingMore || loading) return
    const mine = latest.current
    setLoadingMore(true)
    catalogueApi.items({ q: query.trim() || undefined, theme: theme || undefined, department: department || undefined, page: page.current + 1, pageSize: PAGE_SIZE }).then((res) => {
      if (mine !== latest.current) return
      page.current += 1
      setResult((had) => (had ? { ...had, items: [...had.items, ...res.items] } : res))
    }, (e: Error) => { if (mine === latest.current) setError(e) }).finally(() => { if (mine === latest.current) setLoadingMore(false) })
  }

  return { query, setQuery, theme, setTheme, department, setDepartment, result, loading, error, retry: () => setAttempt((n) => n + 1), hasMore, loadingMore, loadMore }
}

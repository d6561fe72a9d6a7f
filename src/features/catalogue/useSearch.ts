import { useEffect, useRef, useState } from 'react'
import type { SearchHit, SearchResponse } from '@/contract'
import { catalogueApi } from './api'
import { SEARCH_DEBOUNCE_MS } from './useItemSearch'

export const SEARCH_PAGE_SIZE = 20

export interface OneSearch {
  /** every hit loaded so far, best first */
  hits: SearchHit[]
  /** the first page's answer (total, elsewhere, corrected), once it came */
  first: SearchResponse | undefined
  loading: boolean
  loadingMore: boolean
  error: Error | undefined
  /** more hits than loaded */
  hasMore: boolean
  loadMore: () => void
  retry: () => void
}

/** GET /api/search as you type: debounced, the newest query wins, and more pages on demand until the last. */
export function useSearch(query: string): OneSearch {
  const q = query.trim()
  const [hits, setHits] = useState<SearchHit[]>([])
  const [first, setFirst] = useState<SearchResponse>()
  const [loading, setLoading] = useState(false)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState<Error>()
  const [attempt, setAttempt] = useState(0)
  const latest = useRef(0)
  const page = useRef(1)

  useEffect(() => {
    const mine = ++latest.current
    if (!q) { setHits([]); setFirst(undefined); setLoading(false); return undefined }
    setLoading(true)
    const timer = setTimeout(async () => {
      try {
        const res = await catalogueApi.search({ q, page: 1, pageSize: SEARCH_PAGE_SIZE })
        if (mine !== latest.current) return
        page.current = 1
        setFirst(res)
        setHits(res.items)
        setError(undefined)
      } catch (e) {
        if (mine === latest.current) setError(e as Error)
      } finally {
        if (mine === latest.current) setLoading(false)
      }
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [q, attempt])

  const hasMore = !!first && hits.length < first.total
  const loadMore = () => {
    if (!hasMore || loadingMore || loading) return
    const mine = latest.current
    setLoadingMore(true)
    catalogueApi.search({ q, page: page.current + 1, pageSize: SEARCH_PAGE_SIZE }).then((res) => {
      if (mine !== latest.current) return
      page.current += 1
      setHits((had) => [...had, ...res.items])
    }, (e: Error) => { if (mine === latest.current) setError(e) }).finally(() => { if (mine === latest.current) setLoadingMore(false) })
  }

  return { hits, first, loading, loadingMore, error, hasMore, loadMore, retry: () => setAttempt((n) => n + 1) }
}

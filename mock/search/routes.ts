import type { SearchMiss, SearchResponse } from '../../src/contract'
import type { RouteModule } from '../http'
import { paginate } from '../paging'
import { fail } from '../errors'
import { clock } from '../clock'
import { describeHit, search } from './domain'
import { recordMiss, searchMisses } from './misses'
import { ask } from './ask'

export const searchRoutes: RouteModule = (store) => [
  {
    method: 'GET',
    path: '/api/search',
    handler: ({ query }) => {
      const q = query.q ?? ''
      if (q.length > 50) throw fail.badRequest('搜索词过长', { q: '请输入 50 字以内' })
      const result = search(q)
      const page = paginate(result.hits, query, 20, 50)
      // counted here so that the vocabulary's owners learn what people type that finds nothing (GET /api/search/misses)
      if (!result.hits.length && !result.elsewhere) recordMiss(store, q, clock.now())
      const body: SearchResponse = { ...page, items: page.items.map(describeHit), elsewhere: result.elsewhere, corrected: result.corrected }
      return { body }
    },
  },
  {
    method: 'GET',
    path: '/api/search/ask',
    handler: ({ query }) => {
      const q = (query.q ?? '').trim()
      if (!q) throw fail.badRequest('请输入问题', { q: '必填' })
      if (q.length > 100) throw fail.badRequest('问题过长', { q: '请输入 100 字以内' })
      if (query.lang && query.lang !== 'zh' && query.lang !== 'en') throw fail.badRequest('语言只能是 zh 或 en', { lang: 'zh 或 en' })
      return { body: ask(q, { itemId: query.itemId || undefined, bundleId: query.bundleId || undefined }, clock.now(), query.lang === 'en' ? 'en' : 'zh') }
    },
  },
  {
    method: 'GET',
    path: '/api/search/misses',
    roles: ['clerk'],
    handler: ({ query }) => {
      const rows: SearchMiss[] = searchMisses(store)
      return { body: paginate(rows, query, 50, 200) }
    },
  },
]

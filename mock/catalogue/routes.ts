import type { RouteModule } from '../http'
import { paginate, wholeList } from '../paging'
import { fail } from '../errors'
import { departments, findItems, themesWithCounts } from './domain'
import { itemById } from './items'

const flag = (value: string | undefined) => (value === undefined ? undefined : value === '1' || value === 'true')

export const catalogueRoutes: RouteModule = () => [
  { method: 'GET', path: '/api/themes', handler: () => { const items = themesWithCounts(); return { body: wholeList(items) } } },
  { method: 'GET', path: '/api/departments', handler: () => { const items = departments(); return { body: wholeList(items) } } },
  {
    method: 'GET',
    path: '/api/items',
    handler: ({ query }) => {
      if (query.q && query.q.length > 50) throw fail.badRequest('搜索词过长', { q: '请输入 50 字以内' })
      const rows = findItems({ q: query.q, theme: query.theme, department: query.department, instant: flag(query.instant), bookable: flag(query.bookable) })
      return { body: paginate(rows, query) }
    },
  },
  {
    method: 'GET',
    path: '/api/items/:id',
    handler: ({ params }) => {
      const item = itemById(params.id)
      if (!item) throw fail.notFound('事项')
      return { body: item }
    },
  },
]

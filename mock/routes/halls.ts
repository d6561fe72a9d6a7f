import type { HallKind } from '../../src/contract'
import type { RouteModule } from '../http'
import { fail } from '../errors'
import { clock } from '../clock'
import { listHalls } from '../domain/halls'

const KINDS: HallKind[] = ['centre', 'subcentre', 'town', 'kiosk']

export const hallRoutes: RouteModule = () => [
  {
    method: 'GET',
    path: '/api/halls',
    handler: ({ query }) => {
      if (query.kind && !KINDS.includes(query.kind as HallKind)) throw fail.badRequest('场所类型无效', { kind: '应为 centre、subcentre、town 或 kiosk' })
      const items = listHalls(clock.now(), { kind: query.kind as HallKind | undefined, itemId: query.itemId })
      return { body: { items, total: items.length } }
    },
  },
]

import type { SafeDocument } from '../../src/contract'
import type { RouteModule } from '../http'

export const safeRoutes: RouteModule = (store) => [
  {
    method: 'GET',
    path: '/api/safe/documents',
    roles: ['resident', 'business'],
    handler: ({ principal }) => {
      const items = store.collection<SafeDocument>('documents').filter((d) => d.ownerId === principal.userId)
      return { body: { items, total: items.length } }
    },
  },
]

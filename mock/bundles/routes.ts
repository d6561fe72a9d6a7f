import { BundleApplicationBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { fail } from '../errors'
import { clock } from '../clock'
import { userRecord } from '../account/domain'
import { bundleDetail, listBundles, submitBundleApplication } from './domain'
import { wholeList } from '../paging'

export const bundleRoutes: RouteModule = (store) => [
  {
    method: 'GET',
    path: '/api/bundles',
    handler: ({ query }) => {
      if (query.q && query.q.length > 50) throw fail.badRequest('搜索词过长', { q: '请输入 50 字以内' })
      const items = listBundles({ q: query.q, itemId: query.itemId })
      return { body: wholeList(items) }
    },
  },
  {
    method: 'GET',
    path: '/api/bundles/:id',
    handler: ({ params, maybePrincipal }) => {
      // public; with a token the user's own details come along to pre-fill the form
      const user = maybePrincipal ? userRecord(store, maybePrincipal.userId) : undefined
      const detail = bundleDetail(params.id, user)
      if (!detail) throw fail.notFound('一件事')
      return { body: detail }
    },
  },
  route({
    method: 'POST',
    path: '/api/bundles/:id/applications',
    roles: ['resident', 'business'],
    idempotent: true,
    body: BundleApplicationBody,
    handler: ({ params, principal, body }) => {
      const user = userRecord(store, principal.userId)
      if (!user) throw fail.unauthenticated()
      return { status: 201, body: submitBundleApplication(store, params.id, user, body, clock.now()) }
    },
  }),
]

import { InstantApplyBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { clock } from '../clock'
import { applyInstant, instantItemDetail, instantItems, verifyCertificate } from './domain'
import { wholeList } from '../paging'

/** 秒批秒办 and certificate verification (../shared/API.md). */
export const approvalRoutes: RouteModule = (store) => [
  {
    method: 'GET',
    path: '/api/instant',
    handler: () => {
      const items = instantItems()
      return { body: wholeList(items) }
    },
  },
  {
    method: 'GET',
    path: '/api/instant/:itemId',
    roles: ['resident', 'business'],
    handler: ({ params, principal }) => ({ body: instantItemDetail(store, principal.userId, principal.role, params.itemId, clock.now()) }),
  },
  route({
    method: 'POST',
    path: '/api/instant/:itemId',
    roles: ['resident', 'business'],
    idempotent: true,
    body: InstantApplyBody,
    handler: ({ params, principal, body }) => ({
      status: 201,
      body: applyInstant(store, principal.userId, principal.role, params.itemId, body.form, clock.now()),
    }),
  }),
  {
    method: 'GET',
    path: '/api/certificates/:id/verify',
    handler: ({ params }) => ({ body: verifyCertificate(store, params.id, clock.now()) }),
  },
]

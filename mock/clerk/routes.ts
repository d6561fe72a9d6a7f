import { PickupBody, RedeemBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { clock } from '../clock'
import { confirmReceived, handOver, redeem } from '../safe/codes'

/** 窗口模式: redeem 收件码, confirm materials received, hand over results against 取件码. Clerks only. */
export const clerkRoutes: RouteModule = (store) => [
  route({
    method: 'POST',
    path: '/api/clerk/redeem',
    roles: ['clerk'],
    body: RedeemBody,
    handler: ({ principal, body }) => ({ body: redeem(store, principal.userId, body.code, clock.now()) }),
  }),
  {
    method: 'POST',
    path: '/api/clerk/redemptions/:id/received',
    roles: ['clerk'],
    handler: ({ principal, params }) => ({ body: confirmReceived(store, principal.userId, params.id, clock.now()) }),
  },
  route({
    method: 'POST',
    path: '/api/clerk/pickups/:caseId',
    roles: ['clerk'],
    body: PickupBody,
    handler: ({ principal, params, body }) => ({ body: handOver(store, principal.userId, params.caseId, body.code, clock.now()) }),
  }),
]

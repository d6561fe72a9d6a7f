import { PickupBody, RedeemBody, ScanBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { clock } from '../clock'
import { confirmReceived, handOver, redeem } from './counter'
import { scanCode } from './code-kinds'

/** 窗口模式: scan any code (the server tells its kind), redeem 收件码, confirm materials received, hand over results against 取件码. Clerks only. */
export const clerkRoutes: RouteModule = (store) => [
  route({
    method: 'POST',
    path: '/api/clerk/scan',
    roles: ['clerk'],
    body: ScanBody,
    handler: ({ principal, body }) => ({ body: scanCode(store, principal.userId, body.code, clock.now()) }),
  }),
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

import { ExpirySubscriptionBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { clock } from '../clock'
import { recordSubscription, remindersOf } from './domain'

/** 证照到期提醒: what is due on the server's clock, and the weapp subscribe-message answer. */
export const remindersRoutes: RouteModule = (store) => [
  {
    method: 'GET',
    path: '/api/reminders',
    roles: ['resident', 'business'],
    handler: ({ principal }) => ({ body: remindersOf(store, principal.userId, principal.role, clock.now().getTime()) }),
  },
  route({
    method: 'POST',
    path: '/api/reminders/subscription',
    roles: ['resident', 'business'],
    body: ExpirySubscriptionBody,
    handler: ({ principal, body }) => ({ body: recordSubscription(store, principal.userId, body) }),
  }),
]

import { AcceptAssistBody, AssistOptionsQuery, CreateAssistBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { clock } from '../clock'
import { wholeList } from '../paging'
import { userRecord } from '../account/domain'
import { acceptAssist, assistOf, assistOptions, cancelAssist, clerkRequests, completeAssist, ownAssist, publicAssist, revealAssistPhone, submitAssist } from './domain'

/** 帮办代办: residents ask for 陪办, 代办 or 上门办; clerks accept with a time and a staff member (README's API section). */
export const assistRoutes: RouteModule = (store) => [
  route({
    method: 'GET',
    path: '/api/assist/options',
    roles: ['resident'],
    query: AssistOptionsQuery,
    handler: ({ principal, query }) => ({ body: assistOptions(query.type, query.id, userRecord(store, principal.userId)?.idNumber, clock.now()) }),
  }),
  route({
    method: 'POST',
    path: '/api/assist',
    roles: ['resident'],
    idempotent: true,
    body: CreateAssistBody,
    handler: ({ principal, body }) => {
      const record = submitAssist(store, principal.userId, { ...body, idNumber: userRecord(store, principal.userId)?.idNumber }, clock.now())
      return { status: 201, body: publicAssist(store, record) }
    },
  }),
  {
    method: 'GET',
    path: '/api/assist',
    roles: ['resident'],
    handler: ({ principal }) => ({ body: wholeList(assistOf(store, principal.userId).map((r) => publicAssist(store, r))) }),
  },
  {
    method: 'GET',
    path: '/api/assist/:id',
    roles: ['resident'],
    handler: ({ principal, params }) => ({ body: publicAssist(store, ownAssist(store, principal.userId, params.id)) }),
  },
  route({
    method: 'POST',
    path: '/api/assist/:id/cancel',
    roles: ['resident'],
    handler: ({ principal, params }) => ({ body: publicAssist(store, cancelAssist(store, principal.userId, params.id, clock.now())) }),
  }),
  {
    method: 'GET',
    path: '/api/clerk/assist',
    roles: ['clerk'],
    handler: () => ({ body: wholeList(clerkRequests(store).map((r) => publicAssist(store, r))) }),
  },
  route({
    method: 'POST',
    path: '/api/clerk/assist/:id/accept',
    roles: ['clerk'],
    body: AcceptAssistBody,
    handler: ({ principal, params, body }) => ({ body: publicAssist(store, acceptAssist(store, principal.userId, params.id, body, clock.now())) }),
  }),
  route({
    method: 'POST',
    path: '/api/clerk/assist/:id/reveal-phone',
    roles: ['clerk'],
    handler: ({ principal, params }) => ({ body: revealAssistPhone(store, principal.userId, params.id, clock.now()) }),
  }),
  route({
    method: 'POST',
    path: '/api/clerk/assist/:id/complete',
    roles: ['clerk'],
    handler: ({ params }) => ({ body: publicAssist(store, completeAssist(store, params.id, clock.now())) }),
  }),
]

import { ArriveBody, AttachCodeBody, CompleteBody, TakeTicketBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { clock } from '../clock'
import { hallOrThrow } from '../halls/domain'
import { arrive, attachCode, callNext, cancelTicket, clerkWindow, complete, getTicket, hallPlan, miss, myTickets, queueVersion, recall, rejoin, revealIdNumber, takeTicket, ticketHall, waitForChange, windowQueue } from './tickets'
import type { Store } from '../store'
import { wholeList } from '../paging'

const RESIDENTS = ['resident', 'business'] as const
/** A held read answers after this long at most (under proxies' and weapp's request timeouts). */
const MAX_HOLD_MS = 25_000

/**
 * Long polling: with `waitForVersion=N` the answer waits until the hall's
 * queue version is no longer N (or `timeout` seconds, at most 25) — the
 * live-calling transport, which runs unchanged over msw, the weapp
 * interceptor and the HTTP server.
 */
async function held(store: Store, hallId: string, query: Record<string, string>): Promise<void> {
  if (query.waitForVersion === undefined) return
  const version = Number(query.waitForVersion)
  if (!Number.isInteger(version)) return
  const seconds = Number(query.timeout)
  const timeoutMs = Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_HOLD_MS) : MAX_HOLD_MS
  if (queueVersion(store, hallId) === version) await waitForChange(store, hallId, version, timeoutMs)
}

/** 在线取号, arrival and live calling for residents; the window's queue for clerks (hall and window from the clerk's record). */
export const visitRoutes: RouteModule = (store) => [
  {
    method: 'GET',
    path: '/api/hall-plans/:hallId',
    handler: ({ params }) => ({ body: hallPlan(hallOrThrow(params.hallId), clock.nowMs()) }),
  },
  route({
    method: 'POST',
    path: '/api/tickets',
    roles: [...RESIDENTS],
    idempotent: true,
    body: TakeTicketBody,
    handler: ({ principal, body }) => ({ status: 201, body: takeTicket(store, principal.userId, body, clock.nowMs()) }),
  }),
  route({
    method: 'POST',
    path: '/api/tickets/arrive',
    roles: [...RESIDENTS],
    idempotent: true,
    body: ArriveBody,
    handler: ({ principal, body }) => ({ body: arrive(store, principal.userId, body, clock.nowMs()) }),
  }),
  {
    method: 'GET',
    path: '/api/tickets',
    roles: [...RESIDENTS],
    handler: ({ principal }) => {
      const items = myTickets(store, principal.userId, clock.nowMs())
      return { body: wholeList(items) }
    },
  },
  {
    method: 'GET',
    path: '/api/tickets/:id',
    roles: [...RESIDENTS],
    handler: async ({ principal, params, query }) => {
      await held(store, ticketHall(store, principal.userId, params.id), query)
      return { body: getTicket(store, principal.userId, params.id, clock.nowMs()) }
    },
  },
  {
    method: 'POST',
    path: '/api/tickets/:id/rejoin',
    roles: [...RESIDENTS],
    handler: ({ principal, params }) => ({ body: rejoin(store, principal.userId, params.id, clock.nowMs()) }),
  },
  {
    method: 'DELETE',
    path: '/api/tickets/:id',
    roles: [...RESIDENTS],
    handler: ({ principal, params }) => ({ body: cancelTicket(store, principal.userId, params.id, clock.nowMs()) }),
  },
  {
    method: 'GET',
    path: '/api/clerk/window',
    roles: ['clerk'],
    handler: async ({ principal, query }) => {
      await held(store, clerkWindow(store, principal.userId).hall.id, query)
      return { body: windowQueue(store, principal.userId, clock.nowMs()) }
    },
  },
  {
    method: 'POST',
    path: '/api/clerk/window/call-next',
    roles: ['clerk'],
    handler: ({ principal }) => ({ body: callNext(store, principal.userId, clock.nowMs()) }),
  },
  {
    method: 'POST',
    path: '/api/clerk/window/recall',
    roles: ['clerk'],
    handler: ({ principal }) => ({ body: recall(store, principal.userId, clock.nowMs()) }),
  },
  {
    method: 'POST',
    path: '/api/clerk/window/reveal-id',
    roles: ['clerk'],
    handler: ({ principal }) => ({ body: revealIdNumber(store, principal.userId, clock.nowMs()) }),
  },
  route({
    method: 'POST',
    path: '/api/clerk/window/documents',
    roles: ['clerk'],
    body: AttachCodeBody,
    handler: ({ principal, body }) => ({ body: attachCode(store, principal.userId, body, clock.nowMs()) }),
  }),
  {
    method: 'POST',
    path: '/api/clerk/window/miss',
    roles: ['clerk'],
    handler: ({ principal }) => ({ body: miss(store, principal.userId, clock.nowMs()) }),
  },
  route({
    method: 'POST',
    path: '/api/clerk/window/complete',
    roles: ['clerk'],
    body: CompleteBody,
    handler: ({ principal, body }) => ({ body: complete(store, principal.userId, body, clock.nowMs()) }),
  }),
]

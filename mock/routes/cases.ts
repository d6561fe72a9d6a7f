import { FeedbackBody, RatingBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { clock } from '../clock'
import { feedbackOf, listCases, ownCase, rateCase, submitFeedback } from '../domain/cases'
import { wholeList } from '../paging'

/** 办件: my applications, 好差评, 办不成事 (../shared/API.md). */
export const caseRoutes: RouteModule = (store) => [
  {
    method: 'GET',
    path: '/api/cases',
    roles: ['resident', 'business'],
    handler: ({ principal, query }) => ({ body: listCases(store, principal.userId, query, clock.now()) }),
  },
  {
    method: 'GET',
    path: '/api/cases/:id',
    roles: ['resident', 'business'],
    handler: ({ principal, params }) => ({ body: ownCase(store, principal.userId, params.id, clock.now()) }),
  },
  route({
    method: 'POST',
    path: '/api/cases/:id/rating',
    roles: ['resident', 'business'],
    body: RatingBody,
    handler: ({ principal, params, body }) => ({ body: rateCase(store, principal.userId, params.id, body, clock.now()) }),
  }),
  route({
    method: 'POST',
    path: '/api/feedback',
    roles: 'any',
    idempotent: true,
    body: FeedbackBody,
    handler: ({ principal, body }) => ({ status: 201, body: submitFeedback(store, principal.userId, body, clock.now()) }),
  }),
  {
    method: 'GET',
    path: '/api/feedback',
    roles: 'any',
    handler: ({ principal }) => {
      const items = feedbackOf(store, principal.userId)
      return { body: wholeList(items) }
    },
  },
]

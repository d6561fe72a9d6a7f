import { FeedbackBody, FeedbackReopenBody, FeedbackReplyBody, RatingBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { clock } from '../clock'
import { listCases, ownCase } from './domain'
import { feedbackItem, feedbackOf, openFeedback, rateCase, reopenFeedback, replyToFeedback, resolveFeedback, submitFeedback } from './feedback'
import { wholeList } from '../paging'

/** 办件: my applications; 好差评 and 办不成事 as loops the clerks answer (README's API section). */
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
      const items = feedbackOf(store, principal.userId, clock.now())
      return { body: wholeList(items) }
    },
  },
  {
    method: 'GET',
    path: '/api/feedback/:id',
    roles: 'any',
    handler: ({ principal, params }) => ({ body: feedbackItem(store, principal.userId, params.id, clock.now()) }),
  },
  route({
    method: 'POST',
    path: '/api/feedback/:id/resolve',
    roles: 'any',
    handler: ({ principal, params }) => ({ body: resolveFeedback(store, principal.userId, params.id, clock.now()) }),
  }),
  route({
    method: 'POST',
    path: '/api/feedback/:id/reopen',
    roles: 'any',
    body: FeedbackReopenBody,
    handler: ({ principal, params, body }) => ({ body: reopenFeedback(store, principal.userId, params.id, body.reason, clock.now()) }),
  }),
  {
    method: 'GET',
    path: '/api/clerk/feedback',
    roles: ['clerk'],
    handler: () => {
      const items = openFeedback(store, clock.now())
      return { body: wholeList(items) }
    },
  },
  route({
    method: 'POST',
    path: '/api/clerk/feedback/:id/reply',
    roles: ['clerk'],
    body: FeedbackReplyBody,
    handler: ({ principal, params, body }) => ({ body: replyToFeedback(store, principal.userId, params.id, body.text, clock.now()) }),
  }),
]

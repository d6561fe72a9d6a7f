import type { LazyRouteModule, RouteModule } from '../http'
import { authRoutes } from './auth'
import { devRoutes } from './dev'
import { timeRoutes } from './time'

/** Loaded with the browser's mock: every visit signs in and learns the server's time, and the dev switches must answer at once. */
export const BROWSER_EAGER_ROUTES: RouteModule[] = [timeRoutes, authRoutes, devRoutes]

/**
 * Cases move on by the clock wherever they are read (cases, policy applications), and approvals and
 * policy applications act when their cases reach a step (a certificate, a payout): whatever moves
 * cases on loads those hooks with it.
 */
function withCaseHooks(routes: Promise<RouteModule>): Promise<RouteModule> {
  return Promise.all([routes, import(/* webpackChunkName: "mock-approvals" */ '../domain/approvals'), import(/* webpackChunkName: "mock-policies" */ '../domain/policy-applications')]).then(([module]) => module)
}

/** Every other resource's routes, each its own chunk (named mock-…), fetched on the first request under its paths. */
export const LAZY_ROUTE_MODULES: LazyRouteModule[] = [
  { prefixes: ['/api/items', '/api/themes', '/api/departments'], load: () => import(/* webpackChunkName: "mock-catalogue" */ './catalogue').then((m) => m.catalogueRoutes) },
  { prefixes: ['/api/search'], load: () => import(/* webpackChunkName: "mock-search" */ './search').then((m) => m.searchRoutes) },
  { prefixes: ['/api/halls', '/api/recommendations'], load: () => import(/* webpackChunkName: "mock-halls" */ './halls').then((m) => m.hallRoutes) },
  { prefixes: ['/api/appointments'], load: () => import(/* webpackChunkName: "mock-appointments" */ './appointments').then((m) => m.appointmentRoutes) },
  { prefixes: ['/api/safe'], load: () => import(/* webpackChunkName: "mock-safe" */ './safe').then((m) => m.safeRoutes) },
  { prefixes: ['/api/bundles'], load: () => import(/* webpackChunkName: "mock-bundles" */ './bundles').then((m) => m.bundleRoutes) },
  // Before '/api/clerk': the first module whose prefix matches a path is the one loaded.
  { prefixes: ['/api/cases', '/api/feedback', '/api/clerk/feedback'], load: () => withCaseHooks(import(/* webpackChunkName: "mock-cases" */ './cases').then((m) => m.caseRoutes)) },
  { prefixes: ['/api/addresses', '/api/mail', '/api/clerk/mail'], load: () => withCaseHooks(import(/* webpackChunkName: "mock-mail" */ '../mail/routes').then((m) => m.mailRoutes)) },
  { prefixes: ['/api/tickets', '/api/hall-plans', '/api/clerk/window'], load: () => import(/* webpackChunkName: "mock-tickets" */ './tickets').then((m) => m.ticketRoutes) },
  { prefixes: ['/api/clerk'], load: () => import(/* webpackChunkName: "mock-clerk" */ './clerk').then((m) => m.clerkRoutes) },
  { prefixes: ['/api/business', '/api/policies', '/api/policy-applications'], load: () => withCaseHooks(import(/* webpackChunkName: "mock-policies" */ './policies').then((m) => m.policyRoutes)) },
  { prefixes: ['/api/instant', '/api/certificates'], load: () => import(/* webpackChunkName: "mock-approvals" */ './approvals').then((m) => m.approvalRoutes) },
]

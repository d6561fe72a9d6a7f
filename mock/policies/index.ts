import type { MockFeature } from '../http'

export const policiesFeature: MockFeature = {
  name: 'policies',
  prefixes: ['/api/business', '/api/policies', '/api/policy-applications'],
  load: () => import(/* webpackChunkName: "mock-policies" */ './routes').then((m) => m.policyRoutes),
}

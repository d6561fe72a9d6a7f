import type { MockFeature } from '../http'

export const casesFeature: MockFeature = {
  name: 'cases',
  prefixes: ['/api/cases', '/api/feedback', '/api/clerk/feedback'],
  load: () => import(/* webpackChunkName: "mock-cases" */ './routes').then((m) => m.caseRoutes),
}

import type { MockFeature } from '../http'

export const visitFeature: MockFeature = {
  name: 'visit',
  prefixes: ['/api/tickets', '/api/hall-plans', '/api/clerk/window'],
  load: () => import(/* webpackChunkName: "mock-visit" */ './routes').then((m) => m.visitRoutes),
}

import type { MockFeature } from '../http'

export const assistFeature: MockFeature = {
  name: 'assist',
  prefixes: ['/api/assist', '/api/clerk/assist'],
  load: () => import(/* webpackChunkName: "mock-assist" */ './routes').then((m) => m.assistRoutes),
}

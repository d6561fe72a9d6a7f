import type { MockFeature } from '../http'

export const safeFeature: MockFeature = {
  name: 'safe',
  prefixes: ['/api/safe'],
  load: () => import(/* webpackChunkName: "mock-safe" */ './routes').then((m) => m.safeRoutes),
}

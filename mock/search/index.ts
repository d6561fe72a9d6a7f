import type { MockFeature } from '../http'

export const searchFeature: MockFeature = {
  name: 'search',
  prefixes: ['/api/search'],
  load: () => import(/* webpackChunkName: "mock-search" */ './routes').then((m) => m.searchRoutes),
}

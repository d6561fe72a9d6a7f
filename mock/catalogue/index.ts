import type { MockFeature } from '../http'

export const catalogueFeature: MockFeature = {
  name: 'catalogue',
  prefixes: ['/api/items', '/api/themes', '/api/departments'],
  load: () => import(/* webpackChunkName: "mock-catalogue" */ './routes').then((m) => m.catalogueRoutes),
}

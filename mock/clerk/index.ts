import type { MockFeature } from '../http'

export const clerkFeature: MockFeature = {
  name: 'clerk',
  prefixes: ['/api/clerk'],
  load: () => import(/* webpackChunkName: "mock-clerk" */ './routes').then((m) => m.clerkRoutes),
}

import type { MockFeature } from '../http'

export const bundlesFeature: MockFeature = {
  name: 'bundles',
  prefixes: ['/api/bundles'],
  load: () => import(/* webpackChunkName: "mock-bundles" */ './routes').then((m) => m.bundleRoutes),
}

import type { MockFeature } from '../http'

export const hallsFeature: MockFeature = {
  name: 'halls',
  prefixes: ['/api/halls', '/api/recommendations'],
  load: () => import(/* webpackChunkName: "mock-halls" */ './routes').then((m) => m.hallRoutes),
}

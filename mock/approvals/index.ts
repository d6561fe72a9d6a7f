import type { MockFeature } from '../http'

export const approvalsFeature: MockFeature = {
  name: 'approvals',
  prefixes: ['/api/instant', '/api/certificates'],
  load: () => import(/* webpackChunkName: "mock-approvals" */ './routes').then((m) => m.approvalRoutes),
}

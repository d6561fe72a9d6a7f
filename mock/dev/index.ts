import type { MockFeature } from '../http'
import { devRoutes } from './routes'

export const devFeature: MockFeature = { name: 'dev', prefixes: ['/api/dev'], routes: devRoutes, devOnly: true }

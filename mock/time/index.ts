import type { MockFeature } from '../http'
import { timeRoutes } from './routes'

export const timeFeature: MockFeature = { name: 'time', prefixes: ['/api/time'], routes: timeRoutes }

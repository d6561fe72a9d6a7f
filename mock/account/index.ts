import type { MockFeature } from '../http'
import { accountRoutes } from './routes'

export const accountFeature: MockFeature = { name: 'account', prefixes: ['/api/auth', '/api/me'], routes: accountRoutes }

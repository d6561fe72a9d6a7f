import { DemoLoginBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { fail } from '../errors'
import { clock } from '../clock'
import { demoLogin, publicUser, userRecord } from '../domain/auth'

export const authRoutes: RouteModule = (store) => [
  route({
    method: 'POST',
    path: '/api/auth/demo-login',
    body: DemoLoginBody,
    handler: ({ body }) => ({ body: demoLogin(store, body.role, clock.nowMs()) }),
  }),
  {
    method: 'GET',
    path: '/api/me',
    roles: 'any',
    handler: ({ principal }) => {
      const record = userRecord(store, principal.userId)
      if (!record) throw fail.unauthenticated()
      return { body: publicUser(record) }
    },
  },
]

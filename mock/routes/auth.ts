import type { RouteModule } from '../http'
import { fail } from '../errors'
import { clock } from '../clock'
import { demoLogin, isRole, publicUser, userRecord } from '../domain/auth'

export const authRoutes: RouteModule = (store) => [
  {
    method: 'POST',
    path: '/api/auth/demo-login',
    handler: ({ body }) => {
      if (!isRole(body?.role)) throw fail.badRequest('请选择身份：resident、business 或 clerk', { role: '身份无效' })
      return { body: demoLogin(store, body.role, clock.nowMs()) }
    },
  },
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

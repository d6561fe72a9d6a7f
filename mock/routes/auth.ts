import type { RouteModule } from '../http'
import { fail } from '../errors'
import { clock } from '../clock'
import { demoLogin, isRole, publicUser, revokeSession, sendOtp, staffLogin, userRecord, verifyOtp, wechatLogin } from '../domain/auth'

/** Sign-in, sign-out and who am I. Sign-in routes never need a token; the body is all they read. */
export const authRoutes: RouteModule = (store) => [
  {
    method: 'POST',
    path: '/api/auth/demo-login',
    handler: ({ body }) => {
      if (!isRole(body?.role)) throw fail.badRequest('请选择身份：resident 或 business', { role: '身份无效' })
      return { body: demoLogin(store, body.role, clock.nowMs()) }
    },
  },
  {
    method: 'POST',
    path: '/api/auth/staff-login',
    handler: ({ body }) => ({ body: staffLogin(store, body, clock.nowMs()) }),
  },
  {
    method: 'POST',
    path: '/api/auth/otp',
    handler: ({ body }) => ({ body: sendOtp(store, body, clock.nowMs()) }),
  },
  {
    method: 'POST',
    path: '/api/auth/otp/verify',
    handler: ({ body }) => ({ body: verifyOtp(store, body, clock.nowMs()) }),
  },
  {
    method: 'POST',
    path: '/api/auth/wechat-login',
    handler: ({ body }) => ({ body: wechatLogin(store, body, clock.nowMs()) }),
  },
  {
    method: 'POST',
    path: '/api/auth/logout',
    roles: 'any',
    handler: ({ principal }) => {
      revokeSession(store, principal.token)
      return { body: { ok: true } }
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

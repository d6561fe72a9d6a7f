import { DemoLoginBody, OtpBody, OtpVerifyBody, StaffLoginBody, WechatLoginBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { fail } from '../errors'
import { clock } from '../clock'
import { demoLogin, publicUser, revokeSession, sendOtp, staffLogin, userRecord, verifyOtp, wechatLogin } from './domain'

/** Sign-in, sign-out and who am I. Sign-in routes never need a token; the body is all they read. */
export const accountRoutes: RouteModule = (store) => [
  route({
    method: 'POST',
    path: '/api/auth/demo-login',
    body: DemoLoginBody,
    handler: ({ body }) => ({ body: demoLogin(store, body.role, clock.nowMs()) }),
  }),
  route({
    method: 'POST',
    path: '/api/auth/staff-login',
    body: StaffLoginBody,
    handler: ({ body }) => ({ body: staffLogin(store, body, clock.nowMs()) }),
  }),
  route({
    method: 'POST',
    path: '/api/auth/otp',
    body: OtpBody,
    handler: ({ body }) => ({ body: sendOtp(store, body, clock.nowMs()) }),
  }),
  route({
    method: 'POST',
    path: '/api/auth/otp/verify',
    body: OtpVerifyBody,
    handler: ({ body }) => ({ body: verifyOtp(store, body, clock.nowMs()) }),
  }),
  route({
    method: 'POST',
    path: '/api/auth/wechat-login',
    body: WechatLoginBody,
    handler: ({ body }) => ({ body: wechatLogin(store, body, clock.nowMs()) }),
  }),
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

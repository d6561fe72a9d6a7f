import type { Role } from './common'
import { mobile, text, v } from './schema'

export const ROLES = ['resident', 'business', 'clerk'] as const satisfies readonly Role[]

/** POST /api/auth/demo-login (dev only): the demo role switch. A clerk is refused (403): clerks sign in with their staff number. */
export const DemoLoginBody = v.strictObject({
  role: v.picklist(ROLES, '请选择身份：resident、business 或 clerk'),
})
export type DemoLoginRequest = v.InferOutput<typeof DemoLoginBody>

/** POST /api/auth/staff-login: clerks, staff number and password. */
export const StaffLoginBody = v.strictObject({
  staffId: text(32, 1),
  password: text(128, 1),
})
export type StaffLoginRequest = v.InferOutput<typeof StaffLoginBody>

/** POST /api/auth/otp (H5): ask for a one-time code by SMS. */
export const OtpBody = v.strictObject({ phone: mobile() })
export type OtpRequest = v.InferOutput<typeof OtpBody>

export interface OtpResponse {
  phoneMasked: string
  /** the code stops working at */
  expiresAt: string
  /** a new code can be asked for after */
  resendAfterSeconds: number
  /** only while the mock's dev switch is on (there is no SMS gateway) */
  devCode?: string
}

/** POST /api/auth/otp/verify */
export const OtpVerifyBody = v.strictObject({
  phone: mobile(),
  code: v.pipe(v.string('验证码为 6 位数字'), v.regex(/^\d{6}$/, '验证码为 6 位数字')),
})
export type OtpVerifyRequest = v.InferOutput<typeof OtpVerifyBody>

/** POST /api/auth/wechat-login (weapp): the code from wx.login, exchanged as WeChat's code2session. */
export const WechatLoginBody = v.strictObject({ code: text(128, 1) })
export type WechatLoginRequest = v.InferOutput<typeof WechatLoginBody>

export interface User {
  id: string
  role: Role
  name: string
  /** Masked 居民身份证号, e.g. 4401**********123X (natural persons, clerks). */
  idNumberMasked?: string
  /** Masked mobile, e.g. 138****5678 */
  phoneMasked?: string
  /** 企业 only */
  companyName?: string
  /** 统一社会信用代码: not secret, shown in full */
  creditCode?: string
  /** clerk only */
  hallId?: string
  hallName?: string
  windowNo?: string
  staffId?: string
}

/** Every sign-in answers this. Resident/business sessions slide (7 days from the last request); a clerk's ends 12 hours after sign-in. */
export interface SessionResponse {
  token: string
  user: User
  expiresAt: string
}

export type DemoLoginResponse = SessionResponse

/** 401 codes: the session ran out (sign in again, same account) vs. no or unknown token. */
export const SESSION_ERROR_CODES = ['UNAUTHENTICATED', 'SESSION_EXPIRED'] as const

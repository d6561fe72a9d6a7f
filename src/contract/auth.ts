import type { Role } from './common'

/** Dev only: the demo role switch. Residents and businesses only (a clerk → 403). */
export interface DemoLoginRequest {
  role: Role
}

/** Clerks: staff number and password. */
export interface StaffLoginRequest {
  staffId: string
  password: string
}

/** H5: ask for a one-time code by SMS. */
export interface OtpRequest {
  phone: string
}

export interface OtpResponse {
  phoneMasked: string
  /** the code stops working at */
  expiresAt: string
  /** a new code can be asked for after */
  resendAfterSeconds: number
  /** only while the mock's dev switch is on (there is no SMS gateway) */
  devCode?: string
}

export interface OtpVerifyRequest {
  phone: string
  code: string
}

/** weapp: the code from wx.login, exchanged as WeChat's code2session. */
export interface WechatLoginRequest {
  code: string
}

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

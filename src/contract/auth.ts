import type { Role } from './common'
import { v } from './schema'

export const ROLES = ['resident', 'business', 'clerk'] as const satisfies readonly Role[]

/** POST /api/auth/demo-login */
export const DemoLoginBody = v.strictObject({
  role: v.picklist(ROLES, '请选择身份：resident、business 或 clerk'),
})
export type DemoLoginRequest = v.InferOutput<typeof DemoLoginBody>

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
}

export interface DemoLoginResponse {
  token: string
  user: User
}

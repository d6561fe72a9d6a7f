import { pbkdf2 } from '@noble/hashes/pbkdf2'
import { sha256 } from '@noble/hashes/sha256'
import type { OtpResponse, Role, SessionResponse, User } from '../../src/contract'
import { isMobile, maskIdNumber, maskPhone } from '../../src/contract'
import { DEMO_USERS, type UserRecord } from './users'
import { hallSeeds } from '../halls/data'
import { ApiFailure, fail } from '../errors'
import { base64url, fromBase64url, utf8 } from '../bytes'
import { secureDigits, secureRandomBytes, toHex } from '../random'
import type { Store } from '../store'

/*
 * Sessions. A token is 32 bytes from a cryptographic source (mock/random.ts),
 * handed to the client once; the store keeps only its SHA-256, so a copied
 * state file holds no usable session. Residents and businesses stay signed in
 * for 7 days from their last request; a clerk's session ends 12 hours after
 * signing in, whatever happens. An expired session answers SESSION_EXPIRED,
 * an unknown or signed-out one UNAUTHENTICATED.
 */

const HOUR = 3600_000
const DAY = 24 * HOUR
export const SESSION_POLICY: Record<Role, { ttlMs: number; sliding: boolean }> = {
  resident: { ttlMs: 7 * DAY, sliding: true },
  business: { ttlMs: 7 * DAY, sliding: true },
  clerk: { ttlMs: 12 * HOUR, sliding: false },
}
/** A sliding session is written back at most this often (not on every request). */
const SLIDE_STEP_MS = 60_000
/** Expired sessions are kept this long so their holder hears "expired", then dropped. */
const KEEP_EXPIRED_MS = 7 * DAY

export type SignInMethod = 'demo' | 'otp' | 'wechat' | 'staff'

export interface SessionRecord {
  /** SHA-256 of the token, hex */
  id: string
  userId: string
  role: Role
  method: SignInMethod
  createdAt: number
  expiresAt: number
  /** clerks: where they sit, fixed for the session */
  hallId?: string
  windowNo?: string
}

const SESSIONS = 'sessions'
const sessions = (store: Store) => store.collection<SessionRecord>(SESSIONS)

export function userRecord(store: Store, userId: string): UserRecord | undefined {
  return store.collection<UserRecord>('users').get(userId)
}

export function seedUsers(store: Store): void {
  const users = store.collection<UserRecord>('users')
  for (const user of Object.values(DEMO_USERS)) users.put(user.id, { ...user })
}

function tokenId(token: string): string {
  return toHex(sha256(utf8(token)))
}

export function newToken(): string {
  return base64url(secureRandomBytes(32))
}

/** Open a session for a user: the only place tokens are made. */
export function createSession(store: Store, user: UserRecord, method: SignInMethod, nowMs: number): SessionResponse {
  const token = newToken()
  const policy = SESSION_POLICY[user.role]
  const record: SessionRecord = {
    id: tokenId(token),
    userId: user.id,
    role: user.role,
    method,
    createdAt: nowMs,
    expiresAt: nowMs + policy.ttlMs,
    ...(user.role === 'clerk' ? { hallId: user.hallId, windowNo: user.windowNo } : {}),
  }
  for (const old of sessions(store).filter((s) => s.expiresAt + KEEP_EXPIRED_MS < nowMs)) sessions(store).delete(old.id)
  sessions(store).put(record.id, record)
  return { token, user: publicUser(user), expiresAt: new Date(record.expiresAt).toISOString() }
}

export type SessionLookup =
  | { state: 'active'; session: SessionRecord }
  | { state: 'expired' }
  | { state: 'unknown' }

/** Who holds this token now; a sliding session is extended by the use. */
export function resolveSession(store: Store, token: string, nowMs: number): SessionLookup {
  if (!token || token.length > 256) return { state: 'unknown' }
  const record = sessions(store).get(tokenId(token))
  if (!record) return { state: 'unknown' }
  if (nowMs >= record.expiresAt) return { state: 'expired' }
  const policy = SESSION_POLICY[record.role]
  if (policy.sliding && nowMs + policy.ttlMs - record.expiresAt >= SLIDE_STEP_MS) {
    const extended = { ...record, expiresAt: nowMs + policy.ttlMs }
    sessions(store).put(record.id, extended)
    return { state: 'active', session: extended }
  }
  return { state: 'active', session: record }
}

/** Sign out: the token stops working at once. */
export function revokeSession(store: Store, token: string): void {
  sessions(store).delete(tokenId(token))
}

export function sessionExpired(): ApiFailure {
  return new ApiFailure(401, 'SESSION_EXPIRED', '登录已过期，请重新登录')
}

// --- demo sign-in (the role switch, dev only) ---

/** The demo resident or business, one tap. Never a clerk: clerks sign in with their staff number. */
export function demoLogin(store: Store, role: Role, nowMs: number): SessionResponse {
  if (role === 'clerk') throw fail.forbidden('窗口工作人员请使用工号和密码登录')
  const record = userRecord(store, DEMO_USERS[role].id) ?? DEMO_USERS[role]
  return createSession(store, record, 'demo', nowMs)
}

// --- staff sign-in ---

/** `pbkdf2-sha256$<iterations>$<salt>$<hash>` (base64url). */
export function hashPassword(password: string, salt: Uint8Array, iterations = 5000): string {
  const hash = pbkdf2(sha256, utf8(password), salt, { c: iterations, dkLen: 32 })
  return `pbkdf2-sha256$${iterations}$${base64url(salt)}$${base64url(hash)}`
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, iterations, saltText, hashText] = stored.split('$')
  const salt = fromBase64url(saltText ?? '')
  const expected = fromBase64url(hashText ?? '')
  const c = Number(iterations)
  if (scheme !== 'pbkdf2-sha256' || !salt || !expected || !Number.isInteger(c) || c < 1) return false
  const actual = pbkdf2(sha256, utf8(password), salt, { c, dkLen: expected.length })
  let diff = actual.length ^ expected.length
  for (let i = 0; i < expected.length; i++) diff |= actual[i] ^ expected[i]
  return diff === 0
}

/** Wrong passwords allowed per staff number in the window, then the number is locked for the window. */
export const MAX_PASSWORD_FAILURES = 5
export const PASSWORD_WINDOW_MS = 15 * 60_000

interface Failures {
  key: string
  atMs: number[]
}

const STAFF_FAILURES = 'staffLoginFailures'

export function staffLogin(store: Store, body: { staffId?: unknown; password?: unknown }, nowMs: number): SessionResponse {
  const staffId = typeof body?.staffId === 'string' ? body.staffId.trim().toUpperCase() : ''
  const password = typeof body?.password === 'string' ? body.password : ''
  if (!staffId || staffId.length > 32 || !password || password.length > 128) {
    throw fail.badRequest('请输入工号和密码', { ...(!staffId || staffId.length > 32 ? { staffId: '请输入工号' } : {}), ...(!password || password.length > 128 ? { password: '请输入密码' } : {}) })
  }
  const failures = store.collection<Failures>(STAFF_FAILURES)
  const recent = (failures.get(staffId)?.atMs ?? []).filter((t) => nowMs - t < PASSWORD_WINDOW_MS)
  if (recent.length >= MAX_PASSWORD_FAILURES) {
    const minutes = Math.ceil((recent[0] + PASSWORD_WINDOW_MS - nowMs) / 60_000)
    throw new ApiFailure(429, 'TOO_MANY_ATTEMPTS', `密码错误次数过多，请 ${minutes} 分钟后再试`)
  }
  const staff = store.collection<UserRecord>('users').filter((u) => u.role === 'clerk' && u.staffId === staffId)[0]
  if (!staff?.passwordHash || !verifyPassword(password, staff.passwordHash)) {
    failures.put(staffId, { key: staffId, atMs: [...recent, nowMs] })
    const left = MAX_PASSWORD_FAILURES - recent.length - 1
    throw new ApiFailure(401, 'INVALID_CREDENTIALS', left > 0 ? `工号或密码不正确，还可尝试 ${left} 次` : '工号或密码不正确，请 15 分钟后再试')
  }
  failures.delete(staffId)
  return createSession(store, staff, 'staff', nowMs)
}

// --- one-time codes by SMS (H5) ---

export const OTP_TTL_MS = 5 * 60_000
export const OTP_RESEND_MS = 60_000
export const OTP_MAX_ATTEMPTS = 5

interface OtpRecord {
  phone: string
  /** SHA-256 of the code: the store never holds the code itself */
  codeHash: string
  sentAt: number
  expiresAt: number
  attempts: number
}

const OTPS = 'otps'

/**
 * Whether the mock hands the code back (there is no SMS gateway). On in tests, the
 * dev server and the in-app mocks (demo builds); off for a Node server started with
 * NODE_ENV=production unless MOCK_DEV=on.
 */
function phoneOf(value: unknown): string {
  const phone = typeof value === 'string' ? value.replace(/\s+/g, '') : ''
  if (!isMobile(phone)) throw fail.badRequest('请输入 11 位手机号', { phone: '手机号格式不正确' })
  return phone
}

export function sendOtp(store: Store, body: { phone?: unknown }, nowMs: number): OtpResponse {
  const phone = phoneOf(body?.phone)
  const otps = store.collection<OtpRecord>(OTPS)
  const previous = otps.get(phone)
  if (previous && nowMs - previous.sentAt < OTP_RESEND_MS) {
    throw new ApiFailure(429, 'TOO_MANY_ATTEMPTS', `验证码已发送，请 ${Math.ceil((previous.sentAt + OTP_RESEND_MS - nowMs) / 1000)} 秒后再试`)
  }
  const code = secureDigits(6)
  otps.put(phone, { phone, codeHash: tokenId(`${phone}:${code}`), sentAt: nowMs, expiresAt: nowMs + OTP_TTL_MS, attempts: 0 })
  return {
    phoneMasked: maskPhone(phone),
    expiresAt: new Date(nowMs + OTP_TTL_MS).toISOString(),
    resendAfterSeconds: OTP_RESEND_MS / 1000,
    ...(store.dev ? { devCode: code } : {}),
  }
}

/** The user a phone signs in as: a demo account's own phone, else a resident account made for it. */
function userForPhone(store: Store, phone: string): UserRecord {
  const users = store.collection<UserRecord>('users')
  const known = users.filter((u) => u.phone === phone && u.role !== 'clerk')[0]
  if (known) return known
  const record: UserRecord = { id: `u-p${toHex(sha256(utf8(phone))).slice(0, 12)}`, role: 'resident', name: `用户${phone.slice(-4)}`, phone }
  return users.put(record.id, record)
}

export function verifyOtp(store: Store, body: { phone?: unknown; code?: unknown }, nowMs: number): SessionResponse {
  const phone = phoneOf(body?.phone)
  const code = typeof body?.code === 'string' ? body.code.trim() : ''
  if (!/^\d{6}$/.test(code)) throw fail.badRequest('请输入 6 位验证码', { code: '验证码为 6 位数字' })
  const otps = store.collection<OtpRecord>(OTPS)
  const record = otps.get(phone)
  if (!record) throw new ApiFailure(400, 'CODE_INVALID', '请先获取验证码')
  if (nowMs >= record.expiresAt) {
    otps.delete(phone)
    throw fail.gone('CODE_EXPIRED', '验证码已过期，请重新获取')
  }
  if (record.codeHash !== tokenId(`${phone}:${code}`)) {
    const attempts = record.attempts + 1
    if (attempts >= OTP_MAX_ATTEMPTS) {
      otps.delete(phone)
      throw new ApiFailure(429, 'TOO_MANY_ATTEMPTS', '验证码错误次数过多，请重新获取')
    }
    otps.put(phone, { ...record, attempts })
    throw new ApiFailure(400, 'CODE_INVALID', `验证码不正确，还可尝试 ${OTP_MAX_ATTEMPTS - attempts} 次`)
  }
  otps.delete(phone)
  return createSession(store, userForPhone(store, phone), 'otp', nowMs)
}

// --- WeChat (weapp): code2session ---

/** The mock's code2session: any well-formed login code belongs to the demo resident's openid. */
export const DEMO_OPENID = 'o-mock-resident-0001'

export function wechatLogin(store: Store, body: { code?: unknown }, nowMs: number): SessionResponse {
  const code = typeof body?.code === 'string' ? body.code : ''
  if (!/^[A-Za-z0-9_-]{8,128}$/.test(code)) throw fail.badRequest('微信登录凭证无效', { code: '登录凭证格式不正确' })
  const user = store.collection<UserRecord>('users').filter((u) => u.openid === DEMO_OPENID)[0]
  if (!user) throw fail.notFound('微信账号')
  return createSession(store, user, 'wechat', nowMs)
}

/** What the API shows of a user: ID numbers and phones masked. */
export function publicUser(record: UserRecord): User {
  const hall = record.hallId ? hallSeeds().find((h) => h.id === record.hallId) : undefined
  return {
    id: record.id,
    role: record.role,
    name: record.name,
    idNumberMasked: record.idNumber ? maskIdNumber(record.idNumber) : undefined,
    phoneMasked: record.phone ? maskPhone(record.phone) : undefined,
    companyName: record.companyName,
    creditCode: record.creditCode,
    hallId: record.hallId,
    hallName: hall?.name,
    windowNo: record.windowNo,
    staffId: record.staffId,
  }
}

export type Clerk = UserRecord & { hallId: string }

/** The signed-in clerk's record, with the hall they work at; anyone else is refused. */
export function clerkOf(store: Store, clerkId: string): Clerk {
  const clerk = userRecord(store, clerkId)
  if (!clerk || clerk.role !== 'clerk' || !clerk.hallId) throw fail.forbidden('仅窗口工作人员可以核验')
  return clerk as Clerk
}

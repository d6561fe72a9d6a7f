import { startBackend } from '../backend'
import { clock } from '../clock'
import type { Backend } from '../http'
import type { BusinessProfileResponse, OtpResponse, SessionResponse } from '../../src/contract'
import { MAX_PASSWORD_FAILURES, OTP_MAX_ATTEMPTS, OTP_TTL_MS, SESSION_POLICY, hashPassword, verifyPassword } from './domain'
import { randomSource, secureDigits } from '../random'

const HOUR = 3600_000
const DAY = 24 * HOUR
const STAFF = { staffId: 'PY0801', password: 'panyu-demo' }
const T0 = '2026-11-23T09:00:00+08:00'

let backend: Backend
async function call<T = any>(method: string, url: string, token?: string, body?: unknown) {
  const res = await backend.handle({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, body })
  return { status: res.status, body: res.body as T & { error?: { code: string; message: string } } }
}
const me = (token: string) => call('GET', '/api/me', token)

beforeEach(() => {
  backend = startBackend()
  clock.freeze(T0)
})
afterEach(() => clock.reset())

describe('tokens', () => {
  it('come from crypto.getRandomValues here, are 32 random bytes, and the store keeps only their hash', async () => {
    expect(randomSource()).toBe('crypto')
    const a = (await call<SessionResponse>('POST', '/api/auth/demo-login', undefined, { role: 'resident' })).body
    const b = (await call<SessionResponse>('POST', '/api/auth/demo-login', undefined, { role: 'resident' })).body
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(a.token).not.toBe(b.token)
    expect(a.token).not.toContain('resident')
    const saved = JSON.stringify(backend.store.collection('sessions').all())
    expect(saved).not.toContain(a.token)
    expect(saved).not.toContain(b.token)
  })

  it('draws digits without bias toward any one', () => {
    const counts = new Array(10).fill(0)
    for (const d of secureDigits(20_000)) counts[Number(d)] += 1
    for (const n of counts) expect(Math.abs(n - 2000)).toBeLessThan(300)
  })
})

describe('session expiry on the mock clock', () => {
  it('a resident session slides: 7 days from the last request', async () => {
    const { token, expiresAt } = (await call<SessionResponse>('POST', '/api/auth/demo-login', undefined, { role: 'resident' })).body
    expect(Date.parse(expiresAt)).toBe(clock.nowMs() + SESSION_POLICY.resident.ttlMs)
    clock.advance(6 * DAY)
    expect((await me(token)).status).toBe(200)
    clock.advance(6 * DAY) // 12 days after sign-in, 6 after the last request
    expect((await me(token)).status).toBe(200)
    clock.advance(7 * DAY)
    const expired = await me(token)
    expect([expired.status, expired.body.error?.code]).toEqual([401, 'SESSION_EXPIRED'])
  })

  it('a clerk session ends 12 hours after sign-in however busy the clerk is', async () => {
    const { token, user } = (await call<SessionResponse>('POST', '/api/auth/staff-login', undefined, STAFF)).body
    expect(user).toMatchObject({ role: 'clerk', staffId: 'PY0801', hallId: 'centre', windowNo: 'A08' })
    for (let h = 0; h < 11; h++) {
      clock.advance(HOUR)
      expect((await me(token)).status).toBe(200)
    }
    clock.advance(HOUR - 1)
    expect((await me(token)).status).toBe(200)
    clock.advance(1)
    const expired = await call('POST', '/api/clerk/redeem', token, { code: '12345678' })
    expect([expired.status, expired.body.error?.code]).toEqual([401, 'SESSION_EXPIRED'])
  })

  it('an unknown token is UNAUTHENTICATED, distinct from an expired one', async () => {
    const res = await me('not-a-token')
    expect([res.status, res.body.error?.code]).toEqual([401, 'UNAUTHENTICATED'])
  })
})

describe('sign-out', () => {
  it('revokes the token at once; other sessions of the same user keep working', async () => {
    const phone = (await call<SessionResponse>('POST', '/api/auth/demo-login', undefined, { role: 'resident' })).body.token
    const laptop = (await call<SessionResponse>('POST', '/api/auth/demo-login', undefined, { role: 'resident' })).body.token
    expect((await call('POST', '/api/auth/logout', phone)).status).toBe(200)
    const after = await me(phone)
    expect([after.status, after.body.error?.code]).toEqual([401, 'UNAUTHENTICATED'])
    expect((await me(laptop)).status).toBe(200)
    expect((await call('POST', '/api/auth/logout')).status).toBe(401)
  })
})

describe('demo sign-in', () => {
  it('gives resident and business sessions, never a clerk one', async () => {
    expect((await call<SessionResponse>('POST', '/api/auth/demo-login', undefined, { role: 'business' })).body.user.role).toBe('business')
    const clerk = await call('POST', '/api/auth/demo-login', undefined, { role: 'clerk' })
    expect([clerk.status, clerk.body.error?.code]).toEqual([403, 'FORBIDDEN'])
    expect(JSON.stringify(clerk.body)).not.toContain('token')
  })
})

describe('staff sign-in', () => {
  it('stores a PBKDF2 hash, never the password', () => {
    const stored = JSON.stringify(backend.store.collection('users').all())
    expect(stored).not.toContain('panyu-demo')
    const hash = hashPassword('s3cret', new Uint8Array(16).fill(7), 10)
    expect(verifyPassword('s3cret', hash)).toBe(true)
    expect(verifyPassword('s3cres', hash)).toBe(false)
    expect(verifyPassword('s3cret', 'plain$s3cret')).toBe(false)
  })

  it('refuses a wrong password, counts down, locks the staff number for 15 minutes, then lets the right one in', async () => {
    const wrong = await call('POST', '/api/auth/staff-login', undefined, { staffId: 'PY0801', password: 'guess' })
    expect([wrong.status, wrong.body.error?.code]).toEqual([401, 'INVALID_CREDENTIALS'])
    expect(wrong.body.error?.message).toContain(`${MAX_PASSWORD_FAILURES - 1} 次`)
    for (let i = 1; i < MAX_PASSWORD_FAILURES; i++) await call('POST', '/api/auth/staff-login', undefined, { staffId: 'py0801', password: `guess${i}` })
    const locked = await call('POST', '/api/auth/staff-login', undefined, STAFF)
    expect([locked.status, locked.body.error?.code]).toEqual([429, 'TOO_MANY_ATTEMPTS'])
    clock.advance(15 * 60_000)
    const ok = await call<SessionResponse>('POST', '/api/auth/staff-login', undefined, STAFF)
    expect(ok.status).toBe(200)
    expect(ok.body.user.name).toBe('黄晓玲')
  })

  it('an unknown staff number reads like a wrong password', async () => {
    const res = await call('POST', '/api/auth/staff-login', undefined, { staffId: 'PY9999', password: 'panyu-demo' })
    expect([res.status, res.body.error?.code]).toEqual([401, 'INVALID_CREDENTIALS'])
    const empty = await call('POST', '/api/auth/staff-login', undefined, { staffId: '', password: 1 })
    expect([empty.status, Object.keys(empty.body.error as object)]).toEqual([400, ['code', 'message', 'fields']])
  })
})

describe('one-time codes (H5)', () => {
  const PHONE = '13926045678' // the demo resident's

  it('signs the owner of the phone in with the code the mock shows in dev', async () => {
    const sent = await call<OtpResponse>('POST', '/api/auth/otp', undefined, { phone: PHONE })
    expect(sent.status).toBe(200)
    expect(sent.body).toMatchObject({ phoneMasked: '139****5678', resendAfterSeconds: 60 })
    expect(sent.body.devCode).toMatch(/^\d{6}$/)
    expect(JSON.stringify(backend.store.collection('otps').all())).not.toContain(sent.body.devCode)
    const session = await call<SessionResponse>('POST', '/api/auth/otp/verify', undefined, { phone: PHONE, code: sent.body.devCode })
    expect(session.body.user).toMatchObject({ id: 'u-resident', role: 'resident' })
    // used once
    const again = await call('POST', '/api/auth/otp/verify', undefined, { phone: PHONE, code: sent.body.devCode })
    expect(again.body.error?.code).toBe('CODE_INVALID')
  })

  it('a new phone becomes a new resident; the business owner’s phone signs in as the business', async () => {
    const code = (await call<OtpResponse>('POST', '/api/auth/otp', undefined, { phone: '13500001111' })).body.devCode
    const fresh = await call<SessionResponse>('POST', '/api/auth/otp/verify', undefined, { phone: '13500001111', code })
    expect(fresh.body.user).toMatchObject({ role: 'resident', phoneMasked: '135****1111' })
    const biz = (await call<OtpResponse>('POST', '/api/auth/otp', undefined, { phone: '13802251234' })).body.devCode
    expect((await call<SessionResponse>('POST', '/api/auth/otp/verify', undefined, { phone: '13802251234', code: biz })).body.user.role).toBe('business')
  })

  it('expires after 5 minutes on the mock clock', async () => {
    const code = (await call<OtpResponse>('POST', '/api/auth/otp', undefined, { phone: PHONE })).body.devCode
    clock.advance(OTP_TTL_MS)
    const late = await call('POST', '/api/auth/otp/verify', undefined, { phone: PHONE, code })
    expect([late.status, late.body.error?.code]).toEqual([410, 'CODE_EXPIRED'])
  })

  it('allows a limited number of wrong tries, then the code is void; resending waits a minute', async () => {
    const code = (await call<OtpResponse>('POST', '/api/auth/otp', undefined, { phone: PHONE })).body.devCode!
    const tooSoon = await call('POST', '/api/auth/otp', undefined, { phone: PHONE })
    expect([tooSoon.status, tooSoon.body.error?.code]).toEqual([429, 'TOO_MANY_ATTEMPTS'])
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    for (let i = 1; i < OTP_MAX_ATTEMPTS; i++) {
      expect((await call('POST', '/api/auth/otp/verify', undefined, { phone: PHONE, code: wrong })).body.error?.code).toBe('CODE_INVALID')
    }
    const last = await call('POST', '/api/auth/otp/verify', undefined, { phone: PHONE, code: wrong })
    expect([last.status, last.body.error?.code]).toEqual([429, 'TOO_MANY_ATTEMPTS'])
    // the right code no longer works: the user asks for a new one
    expect((await call('POST', '/api/auth/otp/verify', undefined, { phone: PHONE, code })).body.error?.code).toBe('CODE_INVALID')
    clock.advance(60_000)
    expect((await call('POST', '/api/auth/otp', undefined, { phone: PHONE })).status).toBe(200)
  })

  it('refuses a malformed phone', async () => {
    const res = await call('POST', '/api/auth/otp', undefined, { phone: '12345' })
    expect([res.status, res.body.error?.code]).toEqual([400, 'VALIDATION_FAILED'])
  })
})

describe('WeChat sign-in (code2session)', () => {
  it('maps a well-formed wx.login code to the demo resident and refuses a malformed one', async () => {
    const ok = await call<SessionResponse>('POST', '/api/auth/wechat-login', undefined, { code: '0a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P' })
    expect(ok.body.user).toMatchObject({ id: 'u-resident', role: 'resident' })
    const bad = await call('POST', '/api/auth/wechat-login', undefined, { code: 'x y' })
    expect(bad.status).toBe(400)
  })
})

describe('business profile privacy', () => {
  it('answers phone and bank account masked unless the owner asks to reveal; a masked value sent back changes nothing', async () => {
    const token = (await call<SessionResponse>('POST', '/api/auth/demo-login', undefined, { role: 'business' })).body.token
    const full = (await call<BusinessProfileResponse>('GET', '/api/business/profile?reveal=1', token)).body
    expect(full.masked).toBe(false)
    expect(full.contactPhone).toMatch(/^1\d{10}$/)
    const masked = (await call<BusinessProfileResponse>('GET', '/api/business/profile', token)).body
    expect(masked.masked).toBe(true)
    expect(masked.contactPhone).toBe(`${full.contactPhone.slice(0, 3)}****${full.contactPhone.slice(-4)}`)
    expect(masked.bankAccount).not.toContain(full.bankAccount.slice(2, -3))
    expect(masked.bankAccount.endsWith(full.bankAccount.slice(-3))).toBe(true)
    const saved = await call<BusinessProfileResponse>('PATCH', '/api/business/profile', token, { contactPhone: masked.contactPhone, bankAccount: masked.bankAccount, insuredStaff: 40 })
    expect(saved.status).toBe(200)
    expect(saved.body.contactPhone).toBe(masked.contactPhone)
    const after = (await call<BusinessProfileResponse>('GET', '/api/business/profile?reveal=1', token)).body
    expect([after.contactPhone, after.bankAccount, after.insuredStaff]).toEqual([full.contactPhone, full.bankAccount, 40])
    const changed = await call<BusinessProfileResponse>('PATCH', '/api/business/profile?reveal=1', token, { contactPhone: '13711112222' })
    expect(changed.body.contactPhone).toBe('13711112222')
    // a made-up masked value is not the stored one: refused like any malformed phone
    expect((await call('PATCH', '/api/business/profile', token, { contactPhone: '137****9999' })).status).toBe(400)
  })
})

import { call, seededBackend } from '../test-backend'
import type { Backend } from '../http'
import { clock } from '../clock'
import { ApiFailure } from '../errors'
import type { RedeemResponse, SafeCode } from '../../src/contract'
import { CODE_TTL_MS } from '../../src/contract'
import { MAX_CODE_LENGTH } from '../../src/contract'
import { ATTEMPT_WINDOW_MS, MAX_INVALID_ATTEMPTS } from '../attempts'
import { base64url, fromBase64url, utf8 } from '../bytes'
import { codeOf, createCode, resolveCode } from './codes'
import { signCode, verifyCode, type CodePayload } from './signing'
import { redeem } from '../clerk/counter'
import { createCase, getCase, recordStep } from '../cases/domain'
import { addDocument } from './documents'

const T0 = new Date('2026-11-23T02:00:00Z')
const ID_CARD = 'lic-resident-id-card'
const HUKOU = 'lic-resident-hukou'

const setup = () => seededBackend(T0)

async function login(backend: Backend, role: 'resident' | 'business' | 'clerk'): Promise<string> {
  if (role === 'clerk') return (await call(backend, 'POST', '/api/auth/staff-login', undefined, { staffId: 'PY0801', password: 'panyu-demo' })).body.token
  return (await call(backend, 'POST', '/api/auth/demo-login', undefined, { role })).body.token
}

function code(backend: Backend, documentIds: string[] = [ID_CARD], extra: Record<string, unknown> = {}): SafeCode {
  return createCode(backend.store, 'u-resident', { purpose: 'submit', documentIds, ...extra }, clock.now())
}

function refusal(fn: () => unknown): { status: number; code: string } {
  try {
    fn()
  } catch (e) {
    if (e instanceof ApiFailure) return { status: e.status, code: e.code }
    throw e
  }
  throw new Error('expected a refusal')
}

afterEach(() => clock.reset())

describe('sign / verify', () => {
  const payload: CodePayload = { id: 'code_1', purpose: 'submit', owner: 'u-resident', docs: ['a', 'b'], exp: 1_800_000_000_000 }

  it('round-trips a signed payload and has the PYSC1 shape', () => {
    const signed = signCode(payload)
    expect(signed).toMatch(/^PYSC1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/)
    expect(verifyCode(signed)).toEqual(payload)
  })

  it('refuses the same payload signed with another key', () => {
    expect(verifyCode(signCode(payload, utf8('not the key')))).toBeNull()
  })

  it('signs and verifies with no TextEncoder, TextDecoder or WebCrypto (the mini-program engine)', () => {
    const names = ['TextEncoder', 'TextDecoder', 'crypto', 'Buffer', 'atob', 'btoa'] as const
    const saved = names.map((n) => Object.getOwnPropertyDescriptor(globalThis, n))
    try {
      for (const n of names) Object.defineProperty(globalThis, n, { value: undefined, configurable: true, writable: true })
      jest.isolateModules(() => {
        const bare = require('./signing') as typeof import('./signing')
        const signed = bare.signCode({ ...payload, docs: ['证照-1'] })
        expect(bare.verifyCode(signed)).toEqual({ ...payload, docs: ['证照-1'] })
        expect(signed).toBe(signCode({ ...payload, docs: ['证照-1'] }))
      })
    } finally {
      names.forEach((n, i) => (saved[i] ? Object.defineProperty(globalThis, n, saved[i]!) : delete (globalThis as Record<string, unknown>)[n]))
    }
  })

  it('base64url decodes only its canonical form', () => {
    const bytes = utf8('番禺 ok?')
    expect(Array.from(fromBase64url(base64url(bytes))!)).toEqual(Array.from(bytes))
    const sig = base64url(new Uint8Array(32).fill(0))
    expect(sig.endsWith('A')).toBe(true)
    // 'B' differs from 'A' only in the two unused low bits of the last character: same bytes, not canonical
    expect(fromBase64url(`${sig.slice(0, -1)}B`)).toBeNull()
  })
})

describe('codes', () => {
  it('expires exactly at the 5-minute boundary', () => {
    const backend = setup()
    const c = code(backend)
    expect(Date.parse(c.expiresAt) - T0.getTime()).toBe(CODE_TTL_MS)
    clock.advance(CODE_TTL_MS - 1)
    expect(resolveCode(backend.store, c.code, clock.now()).id).toBe(c.id)
    expect(resolveCode(backend.store, c.shortCode, clock.now()).id).toBe(c.id)
    clock.advance(1)
    expect(refusal(() => resolveCode(backend.store, c.code, clock.now()))).toEqual({ status: 410, code: 'CODE_EXPIRED' })
    expect(refusal(() => resolveCode(backend.store, c.shortCode, clock.now()))).toEqual({ status: 410, code: 'CODE_EXPIRED' })
  })

  it('is scoped: a code for document A never returns B', () => {
    const backend = setup()
    const c = code(backend, [ID_CARD])
    const res = redeem(backend.store, 'u-clerk', c.code, clock.now())
    expect(res.documents.map((d) => d.id)).toEqual([ID_CARD])
    expect(JSON.stringify(res)).not.toContain(HUKOU)
    const both = redeem(backend.store, 'u-clerk', code(backend, [HUKOU, ID_CARD]).shortCode, clock.now())
    expect(both.documents.map((d) => d.id)).toEqual([HUKOU, ID_CARD])
  })

  it("refuses to make a code over someone else's document or an unknown one", () => {
    const backend = setup()
    expect(refusal(() => code(backend, ['lic-business-business-licence']))).toEqual({ status: 404, code: 'NOT_FOUND' })
    expect(refusal(() => code(backend, ['nope']))).toEqual({ status: 404, code: 'NOT_FOUND' })
    expect(refusal(() => code(backend, []))).toEqual({ status: 400, code: 'VALIDATION_FAILED' })
    expect(refusal(() => createCode(backend.store, 'u-resident', { purpose: 'other', documentIds: [ID_CARD] }, clock.now()))).toEqual({ status: 400, code: 'VALIDATION_FAILED' })
  })

  it('a document deleted after the code was made is not shown', () => {
    const backend = setup()
    const mat = addDocument(backend.store, { ownerId: 'u-resident', kind: 'material', type: 'proof', name: '在职证明', issuer: '本人上传', fileName: 'a.jpg', fileSize: 10 }, clock.now())
    const c = code(backend, [mat.id, ID_CARD])
    backend.store.collection('documents').delete(mat.id)
    expect(redeem(backend.store, 'u-clerk', c.code, clock.now()).documents.map((d) => d.id)).toEqual([ID_CARD])
  })

  it('is revocable, and the refresh replaces (revokes) the previous code', () => {
    const backend = setup()
    const a = code(backend)
    const b = code(backend, [ID_CARD], { replaces: a.id })
    expect(refusal(() => resolveCode(backend.store, a.code, clock.now()))).toEqual({ status: 410, code: 'CODE_REVOKED' })
    expect(resolveCode(backend.store, b.code, clock.now()).id).toBe(b.id)
  })

  it("tells its owner the code's state as it moves on: active, used, expired; nobody else", () => {
    const backend = setup()
    const c = code(backend)
    expect(codeOf(backend.store, 'u-resident', c.id, clock.now()).state).toBe('active')
    redeem(backend.store, 'u-clerk', c.code, clock.now())
    expect(codeOf(backend.store, 'u-resident', c.id, clock.now()).state).toBe('used')
    const other = code(backend)
    clock.advance(CODE_TTL_MS)
    expect(codeOf(backend.store, 'u-resident', other.id, clock.now()).state).toBe('expired')
    expect(refusal(() => codeOf(backend.store, 'u-business', other.id, clock.now()))).toEqual({ status: 404, code: 'NOT_FOUND' })
  })

  it('a pickup code needs a finished case that is collected at the counter', () => {
    const backend = setup()
    const store = backend.store
    const c = createCase(store, { ownerId: 'u-resident', title: '不动产登记', source: 'item', sourceId: 'x', itemIds: [], pickupRequired: true }, clock.now())
    expect(refusal(() => createCode(store, 'u-resident', { purpose: 'pickup', documentIds: [], caseId: c.id }, clock.now()))).toEqual({ status: 409, code: 'CASE_NOT_READY' })
    expect(refusal(() => createCode(store, 'u-business', { purpose: 'pickup', documentIds: [], caseId: c.id }, clock.now()))).toEqual({ status: 404, code: 'NOT_FOUND' })
    const plain = createCase(store, { ownerId: 'u-resident', title: 't', source: 'item', sourceId: 'x', itemIds: [], status: 'approved' }, clock.now())
    expect(refusal(() => createCode(store, 'u-resident', { purpose: 'pickup', documentIds: [], caseId: plain.id }, clock.now()))).toEqual({ status: 409, code: 'PICKUP_NOT_REQUIRED' })
    recordStep(store, c.id, { status: 'approved', event: { kind: 'approved', text: '已办结' } }, clock.now())
    const pickup = createCode(store, 'u-resident', { purpose: 'pickup', documentIds: [], caseId: c.id }, clock.now())
    // verifying a pickup code does not use it up
    const seen = redeem(store, 'u-clerk', pickup.code, clock.now())
    expect(seen.purpose).toBe('pickup')
    expect(seen.redemptionId).toBeUndefined()
    expect(resolveCode(store, pickup.code, clock.now()).state).toBe('active')
  })
})

describe('the counter over HTTP', () => {
  it('of two parallel redemptions exactly one wins', async () => {
    const backend = setup()
    const clerk = await login(backend, 'clerk')
    const c = code(backend)
    const results = await Promise.all([
      call(backend, 'POST', '/api/clerk/redeem', clerk, { code: c.code }),
      call(backend, 'POST', '/api/clerk/redeem', clerk, { code: c.shortCode }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 410])
    expect(results.find((r) => r.status === 410)!.body.error.code).toBe('CODE_USED')
  })

  it('refuses a resident token (403) and no token (401)', async () => {
    const backend = setup()
    const resident = await login(backend, 'resident')
    const c = code(backend)
    expect((await call(backend, 'POST', '/api/clerk/redeem', resident, { code: c.code })).status).toBe(403)
    expect((await call(backend, 'POST', '/api/clerk/redeem', undefined, { code: c.code })).status).toBe(401)
    // the refused attempts did not use the code up
    const clerk = await login(backend, 'clerk')
    expect((await call(backend, 'POST', '/api/clerk/redeem', clerk, { code: c.code })).status).toBe(200)
  })

  it('gives 429 after repeated invalid codes from one clerk, and lets them try again after the window', async () => {
    const backend = setup()
    const clerk = await login(backend, 'clerk')
    const c = code(backend)
    for (let i = 0; i < MAX_INVALID_ATTEMPTS; i++) {
      const res = await call(backend, 'POST', '/api/clerk/redeem', clerk, { code: String(10_000_000 + i) })
      expect(res.body.error.code).toBe('CODE_INVALID')
    }
    const blocked = await call(backend, 'POST', '/api/clerk/redeem', clerk, { code: c.code })
    expect(blocked.status).toBe(429)
    expect(blocked.body.error.code).toBe('TOO_MANY_ATTEMPTS')
    clock.advance(ATTEMPT_WINDOW_MS)
    const fresh = code(backend)
    expect((await call(backend, 'POST', '/api/clerk/redeem', clerk, { code: fresh.code })).status).toBe(200)
  })

  it('expired, used and revoked codes are told apart (410), and none counts as an invalid attempt', async () => {
    const backend = setup()
    const clerk = await login(backend, 'clerk')
    const resident = await login(backend, 'resident')
    const used = code(backend)
    await call(backend, 'POST', '/api/clerk/redeem', clerk, { code: used.code })
    const revoked = code(backend)
    expect((await call(backend, 'DELETE', `/api/safe/codes/${revoked.id}`, resident)).status).toBe(200)
    expect((await call(backend, 'DELETE', `/api/safe/codes/${used.id}`, resident)).body.error.code).toBe('CODE_USED')
    const expiring = code(backend)
    clock.advance(CODE_TTL_MS)
    for (let i = 0; i < 3; i++) {
      expect((await call(backend, 'POST', '/api/clerk/redeem', clerk, { code: used.code })).body.error.code).toBe('CODE_USED')
      expect((await call(backend, 'POST', '/api/clerk/redeem', clerk, { code: revoked.code })).body.error.code).toBe('CODE_REVOKED')
      const res = await call(backend, 'POST', '/api/clerk/redeem', clerk, { code: expiring.code })
      expect([res.status, res.body.error.code]).toEqual([410, 'CODE_EXPIRED'])
    }
  })

  it('logs each redemption for the owner: masked clerk, hall, documents; and records receipt on the case', async () => {
    const backend = setup()
    const clerk = await login(backend, 'clerk')
    const resident = await login(backend, 'resident')
    const theCase = createCase(backend.store, { ownerId: 'u-resident', title: '居住证办理', source: 'item', sourceId: 'x', itemIds: [] }, clock.now())
    const made = await call(backend, 'POST', '/api/safe/codes', resident, { purpose: 'submit', documentIds: [ID_CARD, HUKOU], caseId: theCase.id })
    expect(made.status).toBe(201)
    const res = await call(backend, 'POST', '/api/clerk/redeem', clerk, { code: made.body.code })
    const redeemed = res.body as RedeemResponse
    expect(redeemed.holder).toEqual({ name: '陈志明', idNumberMasked: '4401**********3211' })
    expect(JSON.stringify(redeemed)).not.toContain('440126198511203211')
    const log = (await call(backend, 'GET', '/api/safe/access-log', resident)).body
    expect(log.total).toBe(1)
    expect(log.items[0]).toMatchObject({ clerkNameMasked: '黄**', windowNo: 'A08', hallName: '番禺区政务服务中心', caseNumber: theCase.number })
    expect(log.items[0].documents.map((d: { id: string }) => d.id)).toEqual([ID_CARD, HUKOU])
    expect(JSON.stringify(log)).not.toContain('黄晓玲')
    const received = await call(backend, 'POST', `/api/clerk/redemptions/${redeemed.redemptionId}/received`, clerk)
    expect(received.status).toBe(200)
    expect(getCase(backend.store, theCase.id)!.events.map((e) => e.kind)).toEqual(['submitted', 'materials-received'])
    // confirming twice records once
    await call(backend, 'POST', `/api/clerk/redemptions/${redeemed.redemptionId}/received`, clerk)
    expect(getCase(backend.store, theCase.id)!.events).toHaveLength(2)
    expect((await call(backend, 'GET', '/api/safe/access-log', resident)).body.items[0].receivedAt).toBeTruthy()
    // the other demo owner sees none of it
    const business = await login(backend, 'business')
    expect((await call(backend, 'GET', '/api/safe/access-log', business)).body.total).toBe(0)
  })

  it('hands over a result against its pickup code, once, and closes the case', async () => {
    const backend = setup()
    const clerk = await login(backend, 'clerk')
    const resident = await login(backend, 'resident')
    const store = backend.store
    const theCase = createCase(store, { ownerId: 'u-resident', title: '不动产登记', source: 'item', sourceId: 'x', itemIds: [], pickupRequired: true, status: 'approved' }, clock.now())
    const cert = addDocument(store, { ownerId: 'u-resident', kind: 'certificate', type: 'property', name: '不动产权证书', issuer: '广州市规划和自然资源局', number: 'ABCDEF123456', caseId: theCase.id }, clock.now())
    recordStep(store, theCase.id, { event: { kind: 'note', text: '证书已出' }, patch: { certificateId: cert.id } }, clock.now())
    const pickup = (await call(backend, 'POST', '/api/safe/codes', resident, { purpose: 'pickup', documentIds: [], caseId: theCase.id })).body as SafeCode
    expect(pickup.documents.map((d) => d.id)).toEqual([cert.id])
    const submit = code(backend)
    expect((await call(backend, 'POST', `/api/clerk/pickups/${theCase.id}`, clerk, { code: submit.code })).body.error.code).toBe('CODE_WRONG_PURPOSE')
    expect((await call(backend, 'POST', '/api/clerk/pickups/case_other', clerk, { code: pickup.code })).body.error.code).toBe('CODE_WRONG_CASE')
    const done = await call(backend, 'POST', `/api/clerk/pickups/${theCase.id}`, clerk, { code: pickup.shortCode })
    expect(done.status).toBe(200)
    expect(done.body.caseNumber).toBe(theCase.number)
    expect(getCase(store, theCase.id)!.status).toBe('collected')
    const again = await call(backend, 'POST', `/api/clerk/pickups/${theCase.id}`, clerk, { code: pickup.code })
    expect([again.status, again.body.error.code]).toEqual([410, 'CODE_USED'])
    expect((await call(backend, 'GET', '/api/safe/access-log', resident)).body.items[0].purpose).toBe('pickup')
  })
})

/** At least 200 tampered codes, every one refused as CODE_INVALID, none crashing. */
function tamperedCorpus(valid: string, other: string): unknown[] {
  const corpus: unknown[] = []
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'
  // flipped characters: every position, to a different character
  for (let i = 0; i < valid.length; i++) {
    const ch = valid[i]
    const swap = alphabet[(alphabet.indexOf(ch) + 7) % alphabet.length]
    corpus.push(valid.slice(0, i) + (swap === ch ? 'Q' : swap) + valid.slice(i + 1))
  }
  // truncated at many lengths, and extended
  for (let n = 0; n < valid.length; n += 3) corpus.push(valid.slice(0, n))
  corpus.push(`${valid}A`, `${valid}.`, `${valid}.x`, ` ${valid}x `)
  // swapped payloads and signatures between two genuine codes
  const [p1, b1, s1] = valid.split('.')
  const [, b2, s2] = other.split('.')
  corpus.push(`${p1}.${b1}.${s2}`, `${p1}.${b2}.${s1}`, `${p1}.${b1}${b2}.${s1}`, `${p1}.${b2}.${s1}${s2}`, `${p1}.${s1}.${b1}`)
  // re-signed with wrong keys, including a widened scope
  const payload = verifyCode(valid)!
  for (const key of ['', 'x', 'panyu-mock-safe-codes/v1', 'PYSC1', 'a'.repeat(64), '番禺']) {
    corpus.push(signCode(payload, utf8(key)))
    corpus.push(signCode({ ...payload, docs: [...payload.docs, 'lic-resident-hukou'] }, utf8(key)))
    corpus.push(signCode({ ...payload, exp: payload.exp + 3_600_000 }, utf8(key)))
  }
  // genuine signature over a payload we never issued, or a malformed one
  corpus.push(signCode({ ...payload, id: 'code_forged' }))
  const signRaw = (json: string) => {
    const withPayload = signCode({ ...payload }).split('.')
    const body = `PYSC1.${base64url(utf8(json))}`
    return `${body}.${withPayload[2]}`
  }
  for (const json of ['[]', '{}', 'null', '1', '"x"', '{"id":1}', '{bad json', '']) corpus.push(signRaw(json))
  // wrong prefix, shape, empty, whitespace, huge, not a string
  corpus.push(valid.replace('PYSC1', 'PYSC2'), valid.replace('PYSC1', 'pysc1'), `PYSC1.${b1}`, `PYSC1..${s1}`, `PYSC1.${b1}.`, '.', '..', '...', 'PYSC1', 'PYSC1..')
  corpus.push('', ' ', '\n\t', '\u0000', '😀', '番禺区政务服务中心', 'null', 'undefined', '{}', '[]')
  corpus.push('0', '1234567', '123456789', '1234 567', '00000000', '99999999', '-1234567', '1e7', '１２３４５６７８')
  corpus.push('PYCHK1.appt_1.123456')
  corpus.push('A'.repeat(MAX_CODE_LENGTH + 1), valid.repeat(10), `${'.'.repeat(10_000)}`, 'x'.repeat(1_000_000), `PYSC1.${'A'.repeat(5000)}.${s1}`)
  corpus.push(null, undefined, 12345678, 0, true, {}, [], [valid], { code: valid }, NaN)
  return corpus
}

describe('tampered codes', () => {
  it('refuses every one of at least 200 tampered codes without crashing', () => {
    const backend = setup()
    const valid = code(backend).code
    const other = code(backend, [HUKOU]).code
    const corpus = tamperedCorpus(valid, other)
    const forged = signCode({ ...verifyCode(valid)!, id: 'code_forged' })
    expect(corpus.length).toBeGreaterThanOrEqual(200)
    const outcomes = new Map<string, number>()
    for (const tampered of corpus) {
      const r = refusal(() => resolveCode(backend.store, tampered, clock.now()))
      outcomes.set(`${r.status} ${r.code}`, (outcomes.get(`${r.status} ${r.code}`) ?? 0) + 1)
      // only the one genuinely signed payload we never issued gets past the signature
      if (typeof tampered === 'string' && tampered !== forged) expect(verifyCode(tampered)).toBeNull()
    }
    expect(Object.fromEntries(outcomes)).toEqual({ '400 CODE_INVALID': corpus.length })
    // and the genuine codes still work afterwards
    expect(resolveCode(backend.store, valid, clock.now()).state).toBe('active')
  })

  it('refuses them over HTTP too, as 400 (attempt counter cleared between tries), never 500', async () => {
    const backend = setup()
    const clerk = await login(backend, 'clerk')
    const corpus = tamperedCorpus(code(backend).code, code(backend, [HUKOU]).code)
    const statuses = new Set<number>()
    for (const tampered of corpus) {
      backend.store.collection('codeAttempts').delete('u-clerk')
      const res = await call(backend, 'POST', '/api/clerk/redeem', clerk, { code: tampered })
      statuses.add(res.status)
    }
    expect(Array.from(statuses)).toEqual([400])
  })
})

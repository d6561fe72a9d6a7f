import type { Case, CertificateVerification, InstantDecision, InstantItemDetail, SafeDocument } from '../../src/contract'
import { startBackend } from '../backend'
import { clock } from '../clock'
import type { Backend } from '../http'
import { memoryAdapter } from '../store'

// 2026-11-23 10:00 in Panyu
const NOW = '2026-11-23T02:00:00Z'

async function call<T = any>(backend: Backend, method: string, url: string, token?: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await backend.handle({ method, url, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, body })
  return res as { status: number; body: T; headers: Record<string, string> }
}

async function login(backend: Backend, role: 'resident' | 'business' | 'clerk') {
  if (role === 'clerk') return (await call<{ token: string }>(backend, 'POST', '/api/auth/staff-login', undefined, { staffId: 'PY0801', password: 'panyu-demo' })).body.token
  return (await call<{ token: string }>(backend, 'POST', '/api/auth/demo-login', undefined, { role })).body.token
}

const AD_FORM = { adType: 'board', area: 6, startDate: '2026-11-25', endDate: '2026-12-10', address: '番禺区南村镇兴南大道 368 号门前', venueConsent: true }

describe('instant approval API', () => {
  let backend: Backend
  let biz: string
  let resident: string
  beforeEach(async () => {
    clock.freeze(NOW)
    backend = startBackend(memoryAdapter())
    biz = await login(backend, 'business')
    resident = await login(backend, 'resident')
  })
  afterEach(() => clock.reset())

  it('lists the instant items (at least four) without a token', async () => {
    const res = await call(backend, 'GET', '/api/instant')
    expect(res.status).toBe(200)
    expect(res.body.items.map((i: { itemId: string }) => i.itemId)).toEqual(expect.arrayContaining(['outdoor-ad-temp', 'drainage-permit', 'weather-cert', 'social-insurance-cert']))
  })

  it('shows the form with what was verified automatically, and says when the role cannot apply', async () => {
    const mine = await call<InstantItemDetail>(backend, 'GET', '/api/instant/outdoor-ad-temp', biz)
    expect(mine.body.eligible).toBe(true)
    expect(mine.body.verified.map((v) => v.source)).toContain('信用广州')
    expect(mine.body.fields.map((f) => f.name)).not.toContain('creditCode')
    // number fields carry their rule's limit, so the form can stop 12 m² before it is filed
    expect(mine.body.fields.find((f) => f.name === 'area')).toMatchObject({ max: 10, overMax: 'refused' })
    const drainage = await call<InstantItemDetail>(backend, 'GET', '/api/instant/drainage-permit', biz)
    expect(drainage.body.fields.find((f) => f.name === 'dailyVolume')).toMatchObject({ overMax: 'manual' })
    const theirs = await call<InstantItemDetail>(backend, 'GET', '/api/instant/outdoor-ad-temp', resident)
    expect(theirs.body).toMatchObject({ eligible: false, requiredRole: 'business', verified: [] })
    expect((await call(backend, 'GET', '/api/instant/no-such-item', biz)).status).toBe(404)
  })

  it('approves now: a case done, a signed certificate in the safe that verifies', async () => {
    const res = await call<InstantDecision>(backend, 'POST', '/api/instant/outdoor-ad-temp', biz, { form: AD_FORM })
    expect(res.status).toBe(201)
    expect(res.body.decision).toBe('approved')
    expect(res.body.certificateId).toMatch(/^PYSP20261123000001-[0-9a-f]{12}$/)

    const docs = await call<{ items: SafeDocument[] }>(backend, 'GET', '/api/safe/documents', biz)
    const cert = docs.body.items.find((d) => d.id === res.body.certificateId)
    expect(cert).toMatchObject({ kind: 'certificate', name: '临时户外广告设置许可决定书', caseId: res.body.caseId, validUntil: '2026-12-10' })

    const verified = await call<CertificateVerification>(backend, 'GET', `/api/certificates/${res.body.certificateId}/verify`)
    expect(verified.status).toBe(200)
    expect(verified.body).toMatchObject({ valid: true, state: 'valid', holder: '广州禺味餐饮管理有限公司', title: '临时户外广告设置许可决定书' })
    expect(verified.body.holderCode).not.toContain('MA59ABCD')
    expect(verified.body.details).toEqual(expect.arrayContaining([{ label: '单块面积', value: '6 m²' }, { label: '广告形式', value: '展板 / 广告牌' }]))
    expect(verified.body).not.toHaveProperty('ownerId')

    const c = await call<Case>(backend, 'GET', `/api/cases/${res.body.caseId}`, biz)
    expect(c.body.status).toBe('approved')
    expect(c.body.certificateId).toBe(res.body.certificateId)
    expect(c.body.events.map((e) => e.kind)).toEqual(['submitted', 'accepted', 'approved', 'collected'])
  })

  it('refuses a tampered or forged certificate id, and expires with its display period', async () => {
    const { body } = await call<InstantDecision>(backend, 'POST', '/api/instant/outdoor-ad-temp', biz, { form: AD_FORM })
    const id = body.certificateId!
    const flipped = id.slice(0, -1) + (id.endsWith('0') ? '1' : '0')
    const otherSerial = id.replace('000001-', '000002-')
    for (const bad of [flipped, otherSerial, 'PYSP20261123000001', 'hello', `${id}x`]) {
      const res = await call(backend, 'GET', `/api/certificates/${encodeURIComponent(bad)}/verify`)
      expect(res.status).toBe(400)
      expect(res.body.error.code).toBe('CERTIFICATE_INVALID')
    }
    expect((await call(backend, 'GET', `/api/certificates/${encodeURIComponent(`PYCERT:${id}`)}/verify`)).status).toBe(200)
    clock.freeze('2026-12-11T02:00:00Z')
    const later = await call<CertificateVerification>(backend, 'GET', `/api/certificates/${id}/verify`)
    expect(later.body).toMatchObject({ valid: false, state: 'expired' })
  })

  it('refuses an oversized board with the reason and what to do; no certificate', async () => {
    const res = await call<InstantDecision>(backend, 'POST', '/api/instant/outdoor-ad-temp', biz, { form: { ...AD_FORM, area: 15 } })
    expect(res.body.decision).toBe('rejected')
    expect(res.body.certificateId).toBeUndefined()
    expect(res.body.reasons).toEqual([expect.objectContaining({ ruleId: 'area', message: '单块面积 15 m² 超过秒批上限 10 m²', remedy: expect.stringContaining('10 m²') })])
    const c = await call<Case>(backend, 'GET', `/api/cases/${res.body.caseId}`, biz)
    expect(c.body.status).toBe('rejected')
    const docs = await call<{ items: SafeDocument[] }>(backend, 'GET', '/api/safe/documents', biz)
    expect(docs.body.items.filter((d) => d.kind === 'certificate')).toHaveLength(0)
  })

  it('gives one case for a retry or double tap with the same Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'k-1' }
    const [a, b] = await Promise.all([
      call<InstantDecision>(backend, 'POST', '/api/instant/outdoor-ad-temp', biz, { form: AD_FORM }, headers),
      call<InstantDecision>(backend, 'POST', '/api/instant/outdoor-ad-temp', biz, { form: AD_FORM }, headers),
    ])
    const c = await call<InstantDecision>(backend, 'POST', '/api/instant/outdoor-ad-temp', biz, { form: AD_FORM }, headers)
    expect(new Set([a.body.caseId, b.body.caseId, c.body.caseId]).size).toBe(1)
    expect(c.headers['idempotent-replayed']).toBe('true')
    const list = await call(backend, 'GET', '/api/cases', biz)
    expect(list.body.total).toBe(1)
    const docs = await call<{ items: SafeDocument[] }>(backend, 'GET', '/api/safe/documents', biz)
    expect(docs.body.items.filter((d) => d.kind === 'certificate')).toHaveLength(1)
    // the same key with another body is a conflict, not a second case
    const other = await call(backend, 'POST', '/api/instant/outdoor-ad-temp', biz, { form: { ...AD_FORM, area: 7 } }, headers)
    expect(other.status).toBe(409)
  })

  it('validates the form (400 with fields) and the role (403), creating nothing', async () => {
    const bad = await call(backend, 'POST', '/api/instant/outdoor-ad-temp', biz, { form: { ...AD_FORM, area: 'big', venueConsent: false } })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['area', 'venueConsent'])
    const wrongRole = await call(backend, 'POST', '/api/instant/outdoor-ad-temp', resident, { form: AD_FORM })
    expect(wrongRole.status).toBe(403)
    expect(wrongRole.body.error.message).toBe('该事项需以企业身份办理')
    expect((await call(backend, 'POST', '/api/instant/outdoor-ad-temp', undefined, { form: AD_FORM })).status).toBe(401)
    expect((await call(backend, 'GET', '/api/cases', biz)).body.total).toBe(0)
  })

  it('routes an undecidable case to a person; when the clock moves it is approved and the certificate issued', async () => {
    const res = await call<InstantDecision>(backend, 'POST', '/api/instant/drainage-permit', biz, { form: { activity: 'catering', town: '石楼镇', address: '石楼镇市莲路 8 号', dailyVolume: 20, pretreatment: true } })
    expect(res.body.decision).toBe('manual')
    expect(res.body.reasons[0].message).toContain('部分覆盖')
    let c = (await call<Case>(backend, 'GET', `/api/cases/${res.body.caseId}`, biz)).body
    expect(c.status).toBe('submitted')
    expect(c).not.toHaveProperty('plan')

    clock.advance(30 * 60_000)
    c = (await call<Case>(backend, 'GET', `/api/cases/${res.body.caseId}`, biz)).body
    expect(c.status).toBe('accepted')

    clock.advance(400 * 60_000)
    c = (await call<Case>(backend, 'GET', `/api/cases/${res.body.caseId}`, biz)).body
    expect(c.status).toBe('approved')
    expect(c.events.map((e) => e.kind)).toEqual(['submitted', 'note', 'accepted', 'materials-received', 'approved', 'collected'])
    expect(c.certificateId).toBeTruthy()
    const verified = await call<CertificateVerification>(backend, 'GET', `/api/certificates/${c.certificateId}/verify`)
    expect(verified.body.valid).toBe(true)
  })

  it('issues the other items: weather and social insurance for the resident; the elder card is refused at 41', async () => {
    const weather = await call<InstantDecision>(backend, 'POST', '/api/instant/weather-cert', resident, { form: { date: '2026-06-01', place: '番禺区市桥街', purpose: 'insurance' } })
    expect(weather.body.decision).toBe('approved')
    const details = (await call<CertificateVerification>(backend, 'GET', `/api/certificates/${weather.body.certificateId}/verify`)).body
    expect(details.details.find((d) => d.label === '天气实况')).toBeTruthy()
    expect(details.holder).toBe('陈**')
    expect(details.holderCode).toBe('4401**********3211')

    const si = await call<InstantDecision>(backend, 'POST', '/api/instant/social-insurance-cert', resident, { form: { months: '12', purpose: 'housing' } })
    expect(si.body.decision).toBe('approved')
    expect((await call<CertificateVerification>(backend, 'GET', `/api/certificates/${si.body.certificateId}/verify`)).body.validUntil).toBe('2027-02-21')

    const elder = await call<InstantDecision>(backend, 'POST', '/api/instant/elder-card', resident, { form: { delivery: 'e-card' } })
    expect(elder.body.decision).toBe('rejected')
    expect(elder.body.reasons[0].message).toBe('您今年 41 周岁，年满 60 周岁方可办理')

    const drainage = await call<InstantDecision>(backend, 'POST', '/api/instant/drainage-permit', biz, { form: { activity: 'catering', town: '南村镇', address: '南村镇兴南大道 368 号', dailyVolume: 20, pretreatment: true } })
    expect(drainage.body.decision).toBe('approved')
  })

  it('lets only the owner read and rate a case, once, and files feedback against it', async () => {
    const { body } = await call<InstantDecision>(backend, 'POST', '/api/instant/outdoor-ad-temp', biz, { form: AD_FORM })
    expect((await call(backend, 'GET', `/api/cases/${body.caseId}`, resident)).status).toBe(404)
    expect((await call(backend, 'POST', `/api/cases/${body.caseId}/rating`, resident, { stars: 5, comment: '' })).status).toBe(404)
    const first = await call<Case>(backend, 'POST', `/api/cases/${body.caseId}/rating`, biz, { stars: 5, comment: '秒批真快' })
    expect(first.status).toBe(200)
    expect(first.body.rating).toMatchObject({ stars: 5, comment: '秒批真快' })
    const second = await call(backend, 'POST', `/api/cases/${body.caseId}/rating`, biz, { stars: 1, comment: '改成差评' })
    expect(second.status).toBe(409)
    expect(second.body.error.code).toBe('ALREADY_RATED')
    const fb = await call(backend, 'POST', '/api/feedback', biz, { kind: 'cannot-do', text: '证书打印出来字太小', caseId: body.caseId })
    expect(fb.status).toBe(201)
    expect((await call(backend, 'GET', '/api/feedback', biz)).body.total).toBe(1)
    expect((await call(backend, 'GET', '/api/feedback', resident)).body.total).toBe(0)
    expect((await call(backend, 'POST', '/api/feedback', undefined, { kind: 'suggestion', text: '没有登录也想反映' })).status).toBe(401)
    const list = await call(backend, 'GET', '/api/cases?status=done', biz)
    expect(list.body).toMatchObject({ total: 1, counts: { all: 1, done: 1, 'in-progress': 0 } })
  })
})

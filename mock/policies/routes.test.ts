import type { PoliciesResponse, Policy, PolicyApplication } from '../../src/contract'
import { startBackend } from '../backend'
import { clock } from '../clock'
import { cases } from '../cases/domain'

const NOW = new Date('2026-11-23T02:00:00Z')
const FORM = { contactName: '李秀英', contactPhone: '13802251234', bankName: '中国工商银行广州番禺支行', bankAccount: '3602012309200456789' }
const SAFE = ['lic-business-business-licence', 'lic-business-id-card', 'lic-business-food-licence']

async function setup() {
  clock.freeze(NOW)
  const backend = startBackend()
  const call = async <T = any>(method: string, url: string, opts: { token?: string; body?: unknown; key?: string } = {}) => {
    const headers: Record<string, string> = {}
    if (opts.token) headers.authorization = `Bearer ${opts.token}`
    if (opts.key) headers['idempotency-key'] = opts.key
    const res = await backend.handle({ method, url, headers, body: opts.body })
    return { status: res.status, body: res.body as T }
  }
  const login = async (role: string) => (await call<{ token: string }>('POST', '/api/auth/demo-login', { body: { role } })).body.token
  return { backend, call, business: await login('business'), resident: await login('resident') }
}

afterEach(() => clock.reset())

describe('policy routes', () => {
  it('lists every policy to anyone, and searches, filters and sorts', async () => {
    const { call } = await setup()
    const all = (await call<PoliciesResponse>('GET', '/api/policies')).body
    expect(all.total).toBeGreaterThanOrEqual(18)
    expect(all.items[0].match).toBeUndefined()
    expect(all.items.at(-1)!.deadlineStatus).toBe('closed')
    expect((await call<PoliciesResponse>('GET', '/api/policies?q=%E7%A8%B3%E5%B2%97')).body.items.map((p) => p.id)).toEqual(['job-stabilisation'])
    const closing = (await call<PoliciesResponse>('GET', '/api/policies?deadline=closing')).body.items
    expect(closing.length).toBeGreaterThan(0)
    expect(closing.every((p) => p.daysLeft <= 7 && p.daysLeft >= 0)).toBe(true)
    const large = (await call<PoliciesResponse>('GET', '/api/policies?amount=large&sort=amount')).body.items
    expect(large.every((p) => p.maxAmount >= 200000)).toBe(true)
    expect(large.map((p) => p.maxAmount)).toEqual([...large.map((p) => p.maxAmount)].sort((a, b) => b - a))
    const catering = (await call<PoliciesResponse>('GET', '/api/policies?industry=catering')).body.items
    expect(catering.every((p) => !p.industries.length || p.industries.includes('catering'))).toBe(true)
    const dept = (await call<PoliciesResponse>('GET', `/api/policies?department=${encodeURIComponent('番禺区科学技术局')}`)).body.items
    expect(dept.map((p) => p.department)).toEqual(dept.map(() => '番禺区科学技术局'))
    expect((await call('GET', '/api/policies?deadline=soon')).status).toBe(400)
  })

  it('with the business token and matched=1: only the policies it qualifies for, with why, and the near misses', async () => {
    const { call, business, resident } = await setup()
    const res = (await call<PoliciesResponse>('GET', '/api/policies?matched=1', { token: business })).body
    expect(res.items.map((p) => p.id).sort()).toEqual(['catering-consumption', 'digital-transformation', 'first-loan-interest', 'graduate-hiring', 'job-stabilisation', 'night-economy'])
    expect(res.items.every((p) => p.match!.status === 'eligible' && p.match!.reasons.length > 0 && p.match!.estimate! > 0)).toBe(true)
    expect(res.nearMisses!.map((p) => [p.id, p.match!.missing])).toEqual(expect.arrayContaining([['harmonious-labour', ['差 2 名参保员工']], ['innovation-voucher', ['研发投入差 2 万元']]]))
    expect((await call('GET', '/api/policies?matched=1', { token: resident })).status).toBe(403)
    expect((await call('GET', '/api/policies?matched=1')).status).toBe(401)
  })

  it('a changed profile changes the matches', async () => {
    const { call, business } = await setup()
    const saved = await call('PATCH', '/api/business/profile', { token: business, body: { graduateHires: 0, insuredStaff: 40 } })
    expect(saved.status).toBe(200)
    const ids = (await call<PoliciesResponse>('GET', '/api/policies?matched=1', { token: business })).body.items.map((p) => p.id)
    expect(ids).not.toContain('graduate-hiring')
    expect(ids).toContain('harmonious-labour')
    const bad = await call('PATCH', '/api/business/profile', { token: business, body: { creditCode: '123' } })
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED', fields: { creditCode: '统一社会信用代码应为 18 位' } } } })
  })

  it('applies once per Idempotency-Key: a retry returns the first result and makes one application and one case', async () => {
    const { call, business, backend } = await setup()
    const body = { form: FORM, materialIds: SAFE, commitmentAccepted: true }
    const first = await call<PolicyApplication>('POST', '/api/policies/catering-consumption/applications', { token: business, body, key: 'k-1' })
    const retry = await call<PolicyApplication>('POST', '/api/policies/catering-consumption/applications', { token: business, body, key: 'k-1' })
    expect(first.status).toBe(201)
    expect(retry).toEqual(first)
    const other = await call('POST', '/api/policies/catering-consumption/applications', { token: business, body, key: 'k-2' })
    expect(other).toMatchObject({ status: 409, body: { error: { code: 'ALREADY_APPLIED' } } })
    const list = (await call<{ items: PolicyApplication[] }>('GET', '/api/policy-applications', { token: business })).body.items
    expect(list.map((a) => a.id)).toEqual([first.body.id])
    expect(cases(backend.store).filter((c) => c.source === 'policy')).toHaveLength(1)
    const detail = (await call<Policy>('GET', '/api/policies/catering-consumption', { token: business })).body
    expect(detail.applicationId).toBe(first.body.id)
    expect((await call('GET', `/api/policy-applications/${first.body.id}`, { token: business })).status).toBe(200)
  })

  it('shows in 办件: GET /api/cases moves the case on with the clock to 兑现 with the amount, without the policy routes being read', async () => {
    const { call, business } = await setup()
    const app = (await call<PolicyApplication>('POST', '/api/policies/night-economy/applications', { token: business, body: { form: FORM, materialIds: SAFE, commitmentAccepted: true }, key: 'k-n' })).body
    const listed = (await call<{ items: Array<{ id: string; source: string; status: string }> }>('GET', '/api/cases', { token: business })).body.items
    expect(listed).toEqual(expect.arrayContaining([expect.objectContaining({ id: app.caseId, source: 'policy', status: 'submitted' })]))
    clock.freeze(new Date(NOW.getTime() + 4 * 86_400_000))
    const kase = (await call('GET', `/api/cases/${app.caseId}`, { token: business })).body
    expect(kase).toMatchObject({ status: 'paid', amountPaid: 20000 })
    expect(kase.plan).toBeUndefined()
    const mine = (await call<PolicyApplication>('GET', `/api/policy-applications/${app.id}`, { token: business })).body
    expect(mine).toMatchObject({ status: 'paid', amountPaid: 20000 })
  })

  it('keeps applying and the profile to the business', async () => {
    const { call, resident } = await setup()
    expect((await call('POST', '/api/policies/catering-consumption/applications', { token: resident, body: {} })).status).toBe(403)
    expect((await call('GET', '/api/business/profile', { token: resident })).status).toBe(403)
    expect((await call('GET', '/api/policy-applications')).status).toBe(401)
    expect((await call('GET', '/api/policies/nope')).status).toBe(404)
    const detail = (await call<Policy>('GET', '/api/policies/catering-consumption', { token: resident })).body
    expect(detail.match).toBeUndefined()
    expect(detail.interpretation.byWhen).toMatch(/^请于 \d{4}-\d{2}-\d{2} 24 时前在线申报/)
  })
})

import { startBackend } from '../backend'
import { clock } from '../clock'
import type { AccessLogEntry, AssistOptions, AssistRequest, Case, ListResponse } from '../../src/contract'

const backend = startBackend()
const call = async <T>(method: string, url: string, token?: string, body?: unknown) => {
  const res = await backend.handle({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, body })
  return { status: res.status, body: res.body as T & { error?: { code: string; message: string } } }
}
const login = async (role: string) => (role === 'clerk'
  ? await call<{ token: string }>('POST', '/api/auth/staff-login', undefined, { staffId: 'PY0801', password: 'panyu-demo' })
  : await call<{ token: string }>('POST', '/api/auth/demo-login', undefined, { role })).body.token

const ask = { kind: 'accompany', target: { type: 'hall', id: 'centre' }, slot: { date: '2026-11-25', half: 'am' }, phone: '13800138000' }

describe('帮办代办 routes', () => {
  afterEach(() => clock.reset())

  it('a resident asks for 陪办, a clerk accepts with a time and a name, the resident sees both on the request and its case', async () => {
    clock.freeze('2026-11-24T10:00:00+08:00')
    const resident = await login('resident')
    const clerk = await login('clerk')
    const options = await call<AssistOptions>('GET', '/api/assist/options?type=hall&id=centre', resident)
    expect(options.body).toMatchObject({ target: { name: '番禺区政务服务中心' }, slots: expect.arrayContaining([{ date: '2026-11-25', half: 'am' }]) })
    // 陈志明 was born in 1985: 上门办 is not open to him by age, and says why
    expect(options.body.homeVisit).toMatchObject({ eligible: false, basis: 'none' })
    expect(options.body.homeVisit.reason).toContain('未满60周岁')

    expect((await call('POST', '/api/assist', clerk, ask)).status).toBe(403)
    const created = await call<AssistRequest>('POST', '/api/assist', resident, ask)
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ state: 'submitted', phoneMasked: '138****8000', target: { type: 'hall', name: '番禺区政务服务中心' } })
    expect(JSON.stringify(created.body)).not.toContain('13800138000')

    const open = await call<ListResponse<AssistRequest>>('GET', '/api/clerk/assist', clerk)
    expect(open.body.items.map((r) => r.id)).toEqual([created.body.id])
    expect((await call('GET', '/api/clerk/assist', resident)).status).toBe(403)
    const accepted = await call<AssistRequest>('POST', `/api/clerk/assist/${created.body.id}/accept`, clerk, { scheduledAt: '2026-11-25T09:30:00+08:00', helperName: '陈小梅' })
    expect(accepted.body).toMatchObject({ state: 'accepted', helperName: '陈小梅' })
    const again = await call('POST', `/api/clerk/assist/${created.body.id}/accept`, clerk, { scheduledAt: '2026-11-25T10:30:00+08:00', helperName: '李' })
    expect([again.status, again.body.error?.code]).toEqual([409, 'ASSIST_STATE'])

    const mine = await call<AssistRequest>('GET', `/api/assist/${created.body.id}`, resident)
    expect(mine.body).toMatchObject({ state: 'accepted', scheduledAt: '2026-11-25T01:30:00.000Z', helperName: '陈小梅' })
    const c = await call<Case>('GET', `/api/cases/${created.body.caseId}`, resident)
    expect(c.body.status).toBe('accepted')
    expect(c.body.events.map((e) => e.text).join('|')).toContain('2026-11-25 09:30 由陈小梅为您陪办')
    expect((await call<ListResponse<AssistRequest>>('GET', '/api/assist', resident)).body.items).toHaveLength(1)
    expect((await call('GET', `/api/assist/${created.body.id}`, await login('business'))).status).toBe(403)

    // the case links back to its request
    expect(c.body).toMatchObject({ source: 'assist', sourceId: created.body.id })

    // the clerk reveals the callback number on an explicit call; the resident sees who looked, when and for which request
    expect((await call('POST', `/api/clerk/assist/${created.body.id}/reveal-phone`, resident, {})).status).toBe(403)
    const revealed = await call<{ phone: string; visibleUntil: string }>('POST', `/api/clerk/assist/${created.body.id}/reveal-phone`, clerk, {})
    expect(revealed.body).toEqual({ phone: '13800138000', visibleUntil: '2026-11-24T02:01:00.000Z' })
    const log = await call<ListResponse<AccessLogEntry>>('GET', '/api/safe/access-log', resident)
    expect(log.body.items[0]).toMatchObject({ purpose: 'assist-callback', clerkNameMasked: '黄**', windowNo: 'A08', caseNumber: created.body.caseNumber, at: '2026-11-24T02:00:00.000Z' })
    expect(JSON.stringify(log.body)).not.toContain('13800138000')

    const done = await call<AssistRequest>('POST', `/api/clerk/assist/${created.body.id}/complete`, clerk, {})
    expect(done.body.state).toBe('done')
    const late = await call('POST', `/api/assist/${created.body.id}/cancel`, resident, {})
    expect(late.status).toBe(409)
  })

  it('refuses 上门办 to a young resident with its own code, and grants it on a declaration', async () => {
    clock.freeze('2026-11-24T10:00:00+08:00')
    const resident = await login('resident')
    const refused = await call('POST', '/api/assist', resident, { ...ask, kind: 'home' })
    expect([refused.status, refused.body.error?.code]).toEqual([403, 'HOME_VISIT_NOT_ELIGIBLE'])
    expect(refused.body.error?.message).toContain('未满60周岁')
    const granted = await call<AssistRequest>('POST', '/api/assist', resident, { ...ask, kind: 'home', declaration: '腰椎手术后卧床' })
    expect(granted.body.eligibility).toContain('行动不便')
    const badSlot = await call('POST', '/api/assist', resident, { ...ask, slot: { date: '2026-11-28', half: 'am' } })
    expect([badSlot.status, badSlot.body.error?.code]).toEqual([400, 'ASSIST_SLOT'])
    const cancelled = await call<AssistRequest>('POST', `/api/assist/${granted.body.id}/cancel`, resident, {})
    expect(cancelled.body.state).toBe('cancelled')
  })
})

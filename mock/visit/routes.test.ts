import { startBackend } from '../backend'
import { clock } from '../clock'
import type { Backend } from '../http'
import type { AccessLogEntry, HallPlan, ListResponse, SafeCode, Ticket, WindowQueue } from '../../src/contract'

const C_ITEM = 'birth-ss-card'

function client(backend: Backend) {
  const call = async <T>(method: string, url: string, token?: string, body?: unknown) => {
    const res = await backend.handle({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, body })
    return { status: res.status, body: res.body as T & { error?: { code: string } } }
  }
  const login = async (role: string) => role === 'clerk'
    ? (await call<{ token: string }>('POST', '/api/auth/staff-login', undefined, { staffId: 'PY0801', password: 'panyu-demo' })).body.token
    : (await call<{ token: string }>('POST', '/api/auth/demo-login', undefined, { role })).body.token
  return { call, login }
}

describe('ticket routes', () => {
  let backend: Backend
  beforeEach(() => {
    clock.freeze('2026-11-23T09:10:00+08:00')
    backend = startBackend()
  })
  afterEach(() => clock.reset())

  it('takes a ticket, shows it, and the clerk of the session (not the body) calls it to A08', async () => {
    const { call, login } = client(backend)
    const resident = await login('resident')
    const clerk = await login('clerk')
    const taken = await call<Ticket>('POST', '/api/tickets', resident, { hallId: 'centre', itemId: C_ITEM })
    expect(taken.status).toBe(201)
    expect(taken.body).toMatchObject({ number: 'C001', status: 'waiting' })
    // the first real ticket of the day still has the hall's seeded people of its group ahead: part of the hall's queue
    const hall = await call<{ queueLength: number }>('GET', '/api/halls/centre')
    expect(taken.body.ahead).toBeGreaterThan(0)
    expect(taken.body.ahead).toBeLessThanOrEqual(hall.body.queueLength)
    expect((await call('POST', '/api/tickets', resident, { hallId: 'centre', itemId: C_ITEM })).body.error?.code).toBe('TICKET_LIVE')
    // a clerk cannot take tickets, a resident cannot call them
    expect((await call('POST', '/api/tickets', clerk, { hallId: 'centre', itemId: C_ITEM })).status).toBe(403)
    expect((await call('POST', '/api/clerk/window/call-next', resident)).status).toBe(403)
    // a body cannot name the window: it is refused, and the clerk's record decides
    const named = await call('POST', '/api/clerk/window/call-next', clerk, { hallId: 'sub-wanbo', windowNo: 'A01' })
    expect([named.status, (named.body as { error: { code: string } }).error.code]).toEqual([400, 'UNKNOWN_FIELD'])
    const called = await call<WindowQueue>('POST', '/api/clerk/window/call-next', clerk)
    expect(called.body).toMatchObject({ hallId: 'centre', window: { no: 'A08', level: 3, zone: 'C' }, current: { label: 'C001' } })
    const mine = await call<Ticket>('GET', `/api/tickets/${taken.body.id}`, resident)
    expect(mine.body).toMatchObject({ status: 'called', calledTo: { windowNo: 'A08', level: 3, zone: 'C' } })
    // someone else's ticket is not found
    expect((await call('GET', `/api/tickets/${taken.body.id}`, await login('business'))).status).toBe(404)
    const done = await call<WindowQueue>('POST', '/api/clerk/window/complete', clerk, { outcome: 'done' })
    expect(done.body.figures.served).toBe(1)
    expect((await call<Ticket>('GET', `/api/tickets/${taken.body.id}`, resident)).body.status).toBe('done')
  })

  it('holds GET /api/tickets/:id?waitForVersion=N until the call, then answers with the window', async () => {
    const { call, login } = client(backend)
    const resident = await login('resident')
    const clerk = await login('clerk')
    const taken = (await call<Ticket>('POST', '/api/tickets', resident, { hallId: 'centre', itemId: C_ITEM })).body
    let answered = false
    const waiting = call<Ticket>('GET', `/api/tickets/${taken.id}?waitForVersion=${taken.version}`, resident).then((r) => {
      answered = true
      return r
    })
    await new Promise((r) => setTimeout(r, 50))
    expect(answered).toBe(false)
    await call('POST', '/api/clerk/window/call-next', clerk)
    const res = await waiting
    expect(res.body).toMatchObject({ status: 'called', calledTo: { windowNo: 'A08' } })
    expect(res.body.version).toBeGreaterThan(taken.version)
    // an old version answers at once; no change answers after the timeout
    expect((await call<Ticket>('GET', `/api/tickets/${taken.id}?waitForVersion=${taken.version}`, resident)).body.status).toBe('called')
    const started = performance.now()
    const idle = await call<Ticket>('GET', `/api/tickets/${taken.id}?waitForVersion=${res.body.version}&timeout=0.05`, resident)
    expect(idle.body.version).toBe(res.body.version)
    expect(performance.now() - started).toBeGreaterThanOrEqual(40)
  })

  it('serves the hall plan with the ticket machine state, and its routes load on the first request under their paths', async () => {
    const lazy = startBackend()
    const { call, login } = client(lazy)
    const plan = await call<HallPlan>('GET', '/api/hall-plans/centre')
    expect(plan.body).toMatchObject({ hallId: 'centre', simple: false, ticketing: { open: true, lastTicketAt: '17:30' } })
    expect((await call<HallPlan>('GET', '/api/hall-plans/kiosk-001')).body).toMatchObject({ selfService: true, ticketing: { open: false, reason: 'self-service' } })
    // /api/clerk/window is this module's, not the clerk module's that owns /api/clerk
    expect((await call<WindowQueue>('GET', '/api/clerk/window', await login('clerk'))).status).toBe(200)
  })

  it('attaches the documents of the served resident\'s 收件码 to the ticket, once, and logs the look for the resident', async () => {
    const { call, login } = client(backend)
    const resident = await login('resident')
    const business = await login('business')
    const clerk = await login('clerk')
    const code = (await call<SafeCode>('POST', '/api/safe/codes', resident, { purpose: 'submit', documentIds: ['lic-resident-id-card', 'lic-resident-hukou'] })).body
    // no ticket at the window yet: nothing to attach to, and the code is not used up
    expect((await call('POST', '/api/clerk/window/documents', clerk, { code: code.shortCode })).body.error?.code).toBe('NO_CURRENT')
    const taken = (await call<Ticket>('POST', '/api/tickets', resident, { hallId: 'centre', itemId: C_ITEM })).body
    await call('POST', '/api/clerk/window/call-next', clerk)
    // someone else's code is refused before it is used
    const other = (await call<{ items: Array<{ id: string }> }>('GET', '/api/safe/documents', business)).body.items[0]
    const otherCode = (await call<SafeCode>('POST', '/api/safe/codes', business, { purpose: 'submit', documentIds: [other.id] })).body
    expect((await call('POST', '/api/clerk/window/documents', clerk, { code: otherCode.code })).body.error?.code).toBe('CODE_WRONG_HOLDER')
    const attached = await call<WindowQueue>('POST', '/api/clerk/window/documents', clerk, { code: code.shortCode })
    expect(attached.status).toBe(200)
    expect(attached.body.current?.documents.map((d) => d.id)).toEqual(['lic-resident-id-card', 'lic-resident-hukou'])
    expect(attached.body.current?.documents[0].issuer).toBeTruthy()
    // the ticket the resident sees names them; the code is used up
    expect((await call<Ticket>('GET', `/api/tickets/${taken.id}`, resident)).body.documents?.map((d) => d.id)).toEqual(['lic-resident-id-card', 'lic-resident-hukou'])
    expect((await call('POST', '/api/clerk/window/documents', clerk, { code: code.code })).body.error?.code).toBe('CODE_USED')
    // the resident's access log has the look, today, at A08
    const log = (await call<ListResponse<AccessLogEntry>>('GET', '/api/safe/access-log', resident)).body.items
    expect(log[0]).toMatchObject({ purpose: 'submit', windowNo: 'A08', at: new Date(clock.nowMs()).toISOString() })
    // other documents the resident did not choose are never attached
    expect((await call<WindowQueue>('GET', '/api/clerk/window', clerk)).body.current?.documents).toHaveLength(2)
    // a wrong guess counts against the clerk like at the counter
    expect((await call('POST', '/api/clerk/window/documents', clerk, { code: '00000000' })).body.error?.code).toBe('CODE_INVALID')
  })
})

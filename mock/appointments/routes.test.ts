import { startBackend } from '../backend'
import { clock } from '../clock'
import type { Appointment, CheckInResponse, ListResponse, SlotsResponse } from '../../src/contract'

const backend = startBackend()
const call = async <T>(method: string, url: string, token?: string, body?: unknown) => {
  const res = await backend.handle({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, body })
  return { status: res.status, body: res.body as T & { error?: { code: string } } }
}
const login = async (role: string) => (role === 'clerk'
  ? await call<{ token: string }>('POST', '/api/auth/staff-login', undefined, { staffId: 'PY0801', password: 'panyu-demo' })
  : await call<{ token: string }>('POST', '/api/auth/demo-login', undefined, { role })).body.token

describe('appointment routes', () => {
  afterEach(() => clock.reset())

  it('books, shows, records a reminder, and lets only a clerk check in, on the day', async () => {
    clock.freeze('2026-11-23T09:10:00+08:00')
    const resident = await login('resident')
    const clerk = await login('clerk')
    expect((await call('POST', '/api/appointments', undefined, {})).status).toBe(401)
    const booked = await call<Appointment>('POST', '/api/appointments', resident, { hallId: 'centre', itemId: 'residence-permit', start: '2026-11-23T17:30:00+08:00' })
    expect(booked.status).toBe(201)
    const id = booked.body.id
    expect((await call<Appointment>('POST', `/api/appointments/${id}/reminder`, resident, { channel: 'subscribe-message', templateIds: ['t'], accepted: true })).body.reminder).toBe(true)
    expect((await call('GET', `/api/appointments/${id}`, clerk)).status).toBe(403)
    expect((await call('POST', `/api/appointments/${id}/check-in`, resident, { code: booked.body.checkinCode })).status).toBe(403)
    const checked = await call<CheckInResponse>('POST', `/api/appointments/${id}/check-in`, clerk, { code: booked.body.checkinCode })
    expect(checked.status).toBe(200)
    expect(checked.body).toMatchObject({ appointmentId: id, queueNumber: 'A001', itemName: '居住证申领', contactName: '陈**' })
    const mine = await call<ListResponse<Appointment>>('GET', '/api/appointments', resident)
    expect(mine.body.items[0]).toMatchObject({ status: 'checked-in', queueNumber: 'A001', ahead: checked.body.ahead })
  })

  it('says the contract\'s codes for a bad or taken booking', async () => {
    clock.freeze('2026-11-23T09:10:00+08:00')
    const resident = await login('resident')
    const body = { hallId: 'centre', itemId: 'residence-permit', start: '2026-11-26T10:00:00+08:00' }
    expect((await call('POST', '/api/appointments', resident, body)).status).toBe(201)
    const dup = await call('POST', '/api/appointments', resident, { ...body, start: '2026-11-26T11:00:00+08:00' })
    expect([dup.status, dup.body.error?.code]).toEqual([409, 'DUPLICATE_BOOKING'])
    const past = await call('POST', '/api/appointments', resident, { ...body, itemId: 'weather-cert', start: '2026-11-23T09:00:00+08:00' })
    expect([past.status, past.body.error?.code]).toEqual([400, 'SLOT_PAST'])
    const sunday = await call('POST', '/api/appointments', resident, { ...body, itemId: 'weather-cert', start: '2026-11-29T10:00:00+08:00' })
    expect([sunday.status, sunday.body.error?.code]).toEqual([400, 'SLOT_CLOSED'])
  })

  it('books a 情形 of the item and refuses one it cannot book, in the error shape', async () => {
    backend.store.reset()
    clock.freeze('2026-11-23T09:10:00+08:00')
    const resident = await login('resident')
    const body = { hallId: 'centre', itemId: 'gaj-0-0-p', start: '2026-11-26T10:00:00+08:00' }
    const online = await call('POST', '/api/appointments', resident, { ...body, situationId: 'query' })
    expect([online.status, online.body.error?.code]).toEqual([400, 'VALIDATION_FAILED'])
    expect(online.body.error).toMatchObject({ message: '「办理进度及结果查询」可全程网办，无需预约', fields: { situationId: expect.any(String) } })
    const unknown = await call('POST', '/api/appointments', resident, { ...body, situationId: 'nope' })
    expect([unknown.status, unknown.body.error?.code]).toEqual([400, 'VALIDATION_FAILED'])
    const booked = await call<Appointment>('POST', '/api/appointments', resident, { ...body, situationId: 'lost' })
    expect(booked.status).toBe(201)
    const shown = await call<Appointment>('GET', `/api/appointments/${booked.body.id}`, resident)
    expect(shown.body).toMatchObject({ situationId: 'lost', situationName: '遗失补领', situationNameEn: 'Replace a lost card' })
  })

  it("checks in at the clerk's own hall, whatever hall a request names", async () => {
    backend.store.reset()
    clock.freeze('2026-11-23T09:10:00+08:00')
    const resident = await login('resident')
    const clerk = await login('clerk')
    const slots = await call<SlotsResponse>('GET', '/api/halls/sub-wanbo/slots?itemId=residence-permit&date=2026-11-24')
    const free = slots.body.items.find((slot) => slot.booked < slot.capacity)!
    const elsewhere = await call<Appointment>('POST', '/api/appointments', resident, { hallId: 'sub-wanbo', itemId: 'residence-permit', start: free.start })
    expect(elsewhere.status).toBe(201)
    // a body cannot name the hall (refused as unknown), and the demo clerk sits at the district centre
    const named = await call('POST', `/api/appointments/${elsewhere.body.id}/check-in`, clerk, { hallId: 'sub-wanbo', code: elsewhere.body.checkinCode })
    expect([named.status, named.body.error?.code]).toEqual([400, 'UNKNOWN_FIELD'])
    const refused = await call('POST', `/api/appointments/${elsewhere.body.id}/check-in`, clerk, { code: elsewhere.body.checkinCode })
    expect([refused.status, refused.body.error?.code]).toEqual([409, 'WRONG_HALL'])
  })

  it('refuses a clerk after 5 wrong check-in codes in 10 minutes, the right one included, until the window passes', async () => {
    backend.store.reset()
    clock.freeze('2026-11-23T09:10:00+08:00')
    const resident = await login('resident')
    const clerk = await login('clerk')
    const booked = await call<Appointment>('POST', '/api/appointments', resident, { hallId: 'centre', itemId: 'residence-permit', start: '2026-11-23T17:30:00+08:00' })
    const right = booked.body.checkinCode
    const wrong = right === '000000' ? '111111' : '000000'
    for (let i = 0; i < 5; i++) {
      const res = await call('POST', `/api/appointments/${booked.body.id}/check-in`, clerk, { code: wrong })
      expect([res.status, res.body.error?.code]).toEqual([400, 'CODE_INVALID'])
    }
    const locked = await call('POST', `/api/appointments/${booked.body.id}/check-in`, clerk, { code: right })
    expect([locked.status, locked.body.error?.code]).toEqual([429, 'TOO_MANY_ATTEMPTS'])
    clock.advance(10 * 60_000)
    const after = await call<CheckInResponse>('POST', `/api/appointments/${booked.body.id}/check-in`, clerk, { code: right })
    expect([after.status, after.body.queueNumber]).toEqual([200, 'A001'])
  })

  it('an unknown appointment answers CODE_INVALID, not 404', async () => {
    const clerk = await login('clerk')
    const res = await call('POST', '/api/appointments/appt_nope/check-in', clerk, { code: '123456' })
    expect([res.status, res.body.error?.code]).toEqual([400, 'CODE_INVALID'])
  })
})

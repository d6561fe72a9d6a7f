import { startBackend } from '../backend'
import { clock } from '../clock'
import type { Appointment, CheckInResponse, ListResponse } from '../../src/contract'

const backend = startBackend()
const call = async <T>(method: string, url: string, token?: string, body?: unknown) => {
  const res = await backend.handle({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, body })
  return { status: res.status, body: res.body as T & { error?: { code: string } } }
}
const login = async (role: string) => (await call<{ token: string }>('POST', '/api/auth/demo-login', undefined, { role })).body.token

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
    expect((await call('POST', `/api/appointments/${id}/check-in`, resident, { hallId: 'centre', code: booked.body.checkinCode })).status).toBe(403)
    const checked = await call<CheckInResponse>('POST', `/api/appointments/${id}/check-in`, clerk, { hallId: 'centre', code: booked.body.checkinCode })
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
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startBackend } from '../backend'
import { clock } from '../clock'
import { Store } from '../store'
import { fileJournalAdapter } from './file-journal'

/**
 * The journal holds only the rows each request put or deleted: a domain function that changed a row in
 * place without putting it back would be lost on restart. This walks writes of every kind through the
 * routes and checks that the state read back from disk is the state in memory.
 */
describe('the journal replays to the same state the routes left in memory', () => {
  afterEach(() => clock.reset())

  it('after bookings, codes, feedback, a profile change and a policy application followed to payout', async () => {
    clock.freeze('2026-11-23T09:10:00+08:00')
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'replay-')), 'db.json')
    const adapter = fileJournalAdapter(file)
    const backend = startBackend(adapter)
    const call = async (method: string, url: string, token?: string, body?: unknown, key?: string) => {
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {}
      if (key) headers['idempotency-key'] = key
      const res = await backend.handle({ method, url, headers, body })
      return res as { status: number; body: any }
    }
    const login = async (role: string) => (await call('POST', '/api/auth/demo-login', undefined, { role })).body.token as string
    const resident = await login('resident')
    const business = await login('business')

    const free = (await call('GET', '/api/halls/centre/slots?itemId=residence-permit&date=2026-11-24')).body.items.filter((s: { booked: number; capacity: number }) => s.booked < s.capacity)
    const booked = await call('POST', '/api/appointments', resident, { hallId: 'centre', itemId: 'residence-permit', start: free[0].start }, 'b1')
    expect([booked.status, booked.body.error?.code]).toEqual([201, undefined])
    expect((await call('PATCH', `/api/appointments/${booked.body.id}`, resident, { start: free[1].start })).status).toBe(200)
    expect((await call('POST', `/api/appointments/${booked.body.id}/reminder`, resident, { channel: 'subscribe-message', templateIds: ['t'], accepted: true })).status).toBe(200)
    expect((await call('DELETE', `/api/appointments/${booked.body.id}`, resident)).status).toBe(200)
    expect((await call('POST', '/api/feedback', resident, { kind: 'suggestion', text: '希望周末也能预约更多事项' }, 'f1')).status).toBe(201)
    const docs = (await call('GET', '/api/safe/documents', resident)).body.items
    const code = await call('POST', '/api/safe/codes', resident, { purpose: 'submit', documentIds: [docs[0].id] }, 'c1')
    expect(code.status).toBe(201)
    expect((await call('POST', '/api/safe/codes', resident, { purpose: 'submit', documentIds: [docs[0].id], replaces: code.body.id }, 'c2')).status).toBe(201)
    expect((await call('PATCH', '/api/business/profile', business, { insuredStaff: 40 })).status).toBe(200)
    const form = { contactName: '李秀英', contactPhone: '13802251234', bankName: '中国工商银行广州番禺支行', bankAccount: '3602012309200456789' }
    const applied = await call('POST', '/api/policies/catering-consumption/applications', business, { form, materialIds: ['lic-business-business-licence', 'lic-business-id-card', 'lic-business-food-licence'], commitmentAccepted: true }, 'p1')
    expect(applied.status).toBe(201)
    clock.advance(10_000 * 60_000)
    expect((await call('GET', '/api/policy-applications', business)).status).toBe(200)
    expect((await call('GET', '/api/cases', business)).status).toBe(200)
    await backend.store.flush()
    adapter.close()

    const reread = new Store(fileJournalAdapter(file))
    expect(JSON.parse(reread.snapshot())).toEqual(JSON.parse(backend.store.snapshot()))
  })
})

/** @jest-environment node */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { createMockServer } from '../server'

// The first request builds the catalogue and hall index: allow for a slow, shared CI machine.
jest.setTimeout(30_000)

describe('npm run mock:server (HTTP transport)', () => {
  const dbFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mockdb-')), 'db.json')
  const server = createMockServer(dbFile)
  let base = ''
  beforeAll((done) => { server.listen(0, '127.0.0.1', () => { base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`; done() }) })
  afterAll((done) => { server.close(() => done()) })

  it('logs in over HTTP and serves the 123 halls', async () => {
    const login = await fetch(`${base}/api/auth/demo-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'resident' }) })
    expect(login.status).toBe(200)
    const { token } = await login.json()
    const me = await fetch(`${base}/api/me`, { headers: { authorization: `Bearer ${token}` } })
    expect((await me.json()).idNumberMasked).toBe('4401**********3211')
    const halls = await (await fetch(`${base}/api/halls`)).json()
    expect(halls.total).toBe(123)
  })

  it('keeps its state in the MOCK_DB journal and answers CORS preflights', async () => {
    expect(fs.readFileSync(`${dbFile}.journal`, 'utf8')).toContain('"collection":"sessions"')
    const preflight = await fetch(`${base}/api/me`, { method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toContain('idempotency-key')
  })
})

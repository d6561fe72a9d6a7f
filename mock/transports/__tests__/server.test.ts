/** @jest-environment node */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { createMockServer, devSwitchFromEnv } from '../server'

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

  it('answers 413 to a body over 1 MB without reading it all, and keeps serving', async () => {
    const res = await fetch(`${base}/api/auth/demo-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'resident', pad: 'x'.repeat(1024 * 1024) }) })
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } })
    expect((await fetch(`${base}/api/themes`)).status).toBe(200)
  })

  it('answers 415 to a write sent as text/plain (as fetch sends a string by default)', async () => {
    const res = await fetch(`${base}/api/auth/demo-login`, { method: 'POST', body: JSON.stringify({ role: 'resident' }) })
    expect(res.status).toBe(415)
    expect(await res.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } })
  })

  it('keeps serving when a request fails inside: 500 INTERNAL, then the next request is answered', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const original = server.backend.handle
    server.backend.handle = () => Promise.reject(new RangeError('boom'))
    try {
      const res = await fetch(`${base}/api/themes`)
      expect(res.status).toBe(500)
      expect(await res.json()).toEqual({ error: { code: 'INTERNAL', message: expect.any(String) } })
    } finally {
      server.backend.handle = original
      log.mockRestore()
    }
    expect((await fetch(`${base}/api/themes`)).status).toBe(200)
  })

  it('answers 500 INTERNAL when the answer itself cannot be written (a BigInt in the body)', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const original = server.backend.handle
    server.backend.handle = async () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: { n: BigInt(1) } })
    try {
      const res = await fetch(`${base}/api/themes`)
      expect(res.status).toBe(500)
      expect((await res.json()).error.code).toBe('INTERNAL')
    } finally {
      server.backend.handle = original
      log.mockRestore()
    }
    expect((await fetch(`${base}/api/themes`)).status).toBe(200)
  })

  it('turns the dev controls off under NODE_ENV=production unless MOCK_DEV=1', () => {
    expect(devSwitchFromEnv({ NODE_ENV: 'development' })).toBe(true)
    expect(devSwitchFromEnv({ NODE_ENV: 'test' })).toBe(true)
    expect(devSwitchFromEnv({ NODE_ENV: 'production' })).toBe(false)
    expect(devSwitchFromEnv({ NODE_ENV: 'production', MOCK_DEV: '1' })).toBe(true)
  })
})

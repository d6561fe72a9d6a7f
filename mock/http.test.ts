import { startBackend } from './backend'
import { catalogue } from './catalogue/items'
import { memoryAdapter } from './store'
import type { Backend } from './http'

async function login(backend: Backend, role: string): Promise<string> {
  const res = role === 'clerk'
    ? await backend.handle({ method: 'POST', url: '/api/auth/staff-login', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ staffId: 'PY0801', password: 'panyu-demo' }) })
    : await backend.handle({ method: 'POST', url: '/api/auth/demo-login', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role }) })
  return (res.body as { token: string }).token
}

describe('mock backend routing', () => {
  let backend: Backend
  beforeEach(() => { backend = startBackend(memoryAdapter()) })

  it('logs in the demo roles and shows the user with masked numbers', async () => {
    const token = await login(backend, 'resident')
    const me = await backend.handle({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })
    expect(me.status).toBe(200)
    expect(me.body).toMatchObject({ role: 'resident', idNumberMasked: '4401**********3211', phoneMasked: '139****5678' })
    expect(JSON.stringify(me.body)).not.toContain('440126198511203211')
  })

  it('refuses a bad role with a field error', async () => {
    const res = await backend.handle({ method: 'POST', url: '/api/auth/demo-login', headers: {}, body: { role: 'admin' } })
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: { code: 'BAD_REQUEST', fields: { role: expect.any(String) } } })
  })

  it('answers 401 without a token, 403 for the wrong role, 404 for an unknown path', async () => {
    expect((await backend.handle({ method: 'GET', url: '/api/me', headers: {} })).status).toBe(401)
    const clerk = await login(backend, 'clerk')
    const res = await backend.handle({ method: 'GET', url: '/api/safe/documents', headers: { authorization: `Bearer ${clerk}` } })
    expect(res.status).toBe(403)
    expect((await backend.handle({ method: 'GET', url: '/api/nothing', headers: {} })).status).toBe(404)
  })

  it('serves 123 halls, 27 themes and the whole catalogue (items with 情形: 4,469 bookable 办理项, mock/catalogue/figures.test.ts)', async () => {
    const halls = await backend.handle({ method: 'GET', url: '/api/halls', headers: {} })
    expect((halls.body as { total: number }).total).toBe(123)
    const kiosks = await backend.handle({ method: 'GET', url: '/api/halls?kind=kiosk', headers: {} })
    expect((kiosks.body as { total: number }).total).toBe(104)
    const themes = await backend.handle({ method: 'GET', url: '/api/themes', headers: {} })
    expect((themes.body as { total: number }).total).toBe(27)
    const items = await backend.handle({ method: 'GET', url: '/api/items?pageSize=5&page=2', headers: {} })
    expect(items.body).toMatchObject({ page: 2, pageSize: 5 })
    expect((items.body as { total: number }).total).toBe(catalogue().length)
  })

  it('switches the network off and on (the failure switch)', async () => {
    await backend.handle({ method: 'POST', url: '/api/dev/network', headers: {}, body: { down: true } })
    expect((await backend.handle({ method: 'GET', url: '/api/themes', headers: {} })).networkError).toBe(true)
    await backend.handle({ method: 'POST', url: '/api/dev/network', headers: {}, body: { down: false } })
    expect((await backend.handle({ method: 'GET', url: '/api/themes', headers: {} })).status).toBe(200)
  })

  it('keeps state across a restart on the same storage, and reset restores the seed', async () => {
    const adapter = memoryAdapter()
    const first = startBackend(adapter)
    const token = await login(first, 'resident')
    const again = startBackend(adapter)
    expect((await again.handle({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })).status).toBe(200)
    await again.handle({ method: 'POST', url: '/api/dev/reset', headers: {} })
    expect((await again.handle({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })).status).toBe(401)
  })
})

describe('idempotency', () => {
  it('runs a creating write once for two parallel requests with the same key, and refuses the key with another body', async () => {
    const { createBackend } = await import('./http')
    const { Store } = await import('./store')
    const { v } = await import('../src/contract/schema')
    let created = 0
    const backend = createBackend(new Store(), [{ name: 'things', prefixes: ['/api/things'], routes: () => [{
      method: 'POST', path: '/api/things', idempotent: true, body: v.strictObject({ name: v.string() }),
      handler: async ({ body }) => { await new Promise((r) => setTimeout(r, 20)); created++; return { status: 201, body: { n: created, name: body.name } } },
    }] }])
    const send = (name: string) => backend.handle({ method: 'POST', url: '/api/things', headers: { 'Idempotency-Key': 'k1' }, body: { name } })
    const [a, b, c] = await Promise.all([send('x'), send('x'), send('z')])
    expect(c.status).toBe(409)
    expect(created).toBe(1)
    expect(a.body).toEqual(b.body)
    expect(b.headers['idempotent-replayed']).toBe('true')
    const later = await send('x')
    expect(later.body).toEqual(a.body)
    expect((await send('y')).status).toBe(409)
  })
})

describe('features loaded on first use', () => {
  it('loads a module once on the first requests under its prefix, and tries again after a failed load', async () => {
    const { createBackend } = await import('./http')
    const { Store } = await import('./store')
    let loads = 0
    let failNext = true
    const backend = createBackend(new Store(), [{
      name: 'things',
      prefixes: ['/api/things'],
      load: async () => {
        loads++
        if (failNext) { failNext = false; throw new Error('chunk load failed') }
        return () => [{ method: 'GET', path: '/api/things/:id', handler: ({ params }) => ({ body: { id: params.id } }) }]
      },
    }])
    const get = (url: string) => backend.handle({ method: 'GET', url, headers: {} })
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    expect((await get('/api/things/1')).status).toBe(500)
    quiet.mockRestore()
    const [a, b] = await Promise.all([get('/api/things/2'), get('/api/things/3')])
    expect([a.body, b.body]).toEqual([{ id: '2' }, { id: '3' }])
    expect(loads).toBe(2)
    expect((await get('/api/thingsmore/1')).status).toBe(404)
    expect(loads).toBe(2)
  })
})

describe('the router at its limits', () => {
  const json = { 'content-type': 'application/json' }
  let backend: Backend
  beforeEach(() => { backend = startBackend(memoryAdapter()) })
  const post = (url: string, body: unknown, headers: Record<string, string> = json) => backend.handle({ method: 'POST', url, headers, body })

  it('refuses a text body without a JSON content type (415), one over 1 MB (413), and one nested deeper than 32 (400)', async () => {
    expect((await post('/api/auth/demo-login', '{"role":"resident"}', { 'content-type': 'text/plain' })).status).toBe(415)
    expect((await post('/api/auth/demo-login', '{"role":"resident"}', {})).body).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } })
    expect((await post('/api/auth/demo-login', '{"role":"resident"}', { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200)
    const big = await post('/api/auth/demo-login', JSON.stringify({ role: 'resident', pad: 'x'.repeat(1024 * 1024) }))
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } })
    const deep = await post('/api/auth/demo-login', '{"a":'.repeat(6000) + '1' + '}'.repeat(6000))
    expect(deep).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } })
    let nested: unknown = 1
    for (let i = 0; i < 6000; i++) nested = { a: nested }
    expect((await post('/api/auth/demo-login', nested)).status).toBe(400)
    expect((await post('/api/auth/demo-login', '{"role":')).body).toMatchObject({ error: { code: 'BAD_REQUEST' } })
  })

  it('refuses an unknown field with its name and stores nothing of it', async () => {
    const res = await post('/api/auth/demo-login', { role: 'resident', note: 'x'.repeat(1000) })
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'UNKNOWN_FIELD', fields: { note: expect.any(String) } } } })
  })

  it('refuses advanceMinutes of 1e308 and keeps answering writes', async () => {
    expect((await post('/api/dev/clock', '{"advanceMinutes":1e308}')).status).toBe(400)
    expect((await post('/api/dev/clock', { advanceMinutes: -5 })).status).toBe(400)
    expect((await post('/api/auth/demo-login', { role: 'resident' })).status).toBe(200)
    expect((await post('/api/dev/clock', { advanceMinutes: 60 })).status).toBe(200)
  })

  it('answers a malformed escape in the path or query with 400, not a crash', async () => {
    expect((await backend.handle({ method: 'GET', url: '/api/items/%E0%A4%A', headers: {} })).status).toBe(400)
    expect((await backend.handle({ method: 'GET', url: '/api/items?q=%', headers: {} })).status).toBe(400)
  })

  it('answers 500 INTERNAL for a handler that throws, logging the route and error name only', async () => {
    const { createBackend } = await import('./http')
    const { Store } = await import('./store')
    const failing = createBackend(new Store(), [{ name: 'boom', prefixes: ['/api/boom'], routes: () => [{ method: 'POST', path: '/api/boom/:id', handler: () => { throw new TypeError('secret 440126198511203211') } }] }])
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const res = await failing.handle({ method: 'POST', url: '/api/boom/1', headers: {}, body: {} })
    expect(res).toMatchObject({ status: 500, body: { error: { code: 'INTERNAL', message: expect.any(String) } } })
    expect(log).toHaveBeenCalledWith('[mock] POST /api/boom/:id failed: TypeError')
    expect(JSON.stringify(log.mock.calls)).not.toContain('4401')
    log.mockRestore()
  })

  it('has no /api/dev/* controls with the dev switch off', async () => {
    const production = startBackend(memoryAdapter(), { dev: false })
    expect((await production.handle({ method: 'POST', url: '/api/dev/reset', headers: json, body: '{}' })).status).toBe(404)
    expect((await production.handle({ method: 'POST', url: '/api/dev/clock', headers: json, body: '{"advanceMinutes":60}' })).status).toBe(404)
    expect((await production.handle({ method: 'GET', url: '/api/themes', headers: {} })).status).toBe(200)
  })
})

describe('query schemas', () => {
  it('hands the handler the checked query, drops parameters it does not name, and refuses a bad value with its name', async () => {
    const { createBackend, route } = await import('./http')
    const { Store } = await import('./store')
    const { v, text } = await import('../src/contract/schema')
    const backend = createBackend(new Store(), [{ name: 'things', prefixes: ['/api/things'], routes: () => [route({
      method: 'GET', path: '/api/things', query: v.object({ q: v.optional(text(5)) }),
      handler: ({ query }) => ({ body: query }),
    })] }])
    expect((await backend.handle({ method: 'GET', url: '/api/things?q=abc&_t=1', headers: {} })).body).toEqual({ q: 'abc' })
    expect((await backend.handle({ method: 'GET', url: '/api/things?q=abcdefgh', headers: {} })).body).toMatchObject({ error: { code: 'VALIDATION_FAILED', fields: { q: expect.any(String) } } })
  })
})

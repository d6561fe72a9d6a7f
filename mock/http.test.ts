import { startBackend } from './backend'
import { memoryAdapter } from './store'
import type { Backend } from './http'

async function login(backend: Backend, role: string): Promise<string> {
  const res = role === 'clerk'
    ? await backend.handle({ method: 'POST', url: '/api/auth/staff-login', headers: {}, body: JSON.stringify({ staffId: 'PY0801', password: 'panyu-demo' }) })
    : await backend.handle({ method: 'POST', url: '/api/auth/demo-login', headers: {}, body: JSON.stringify({ role }) })
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
    expect(res.body).toMatchObject({ error: { code: 'VALIDATION_FAILED', fields: { role: expect.any(String) } } })
  })

  it('answers 401 without a token, 403 for the wrong role, 404 for an unknown path', async () => {
    expect((await backend.handle({ method: 'GET', url: '/api/me', headers: {} })).status).toBe(401)
    const clerk = await login(backend, 'clerk')
    const res = await backend.handle({ method: 'GET', url: '/api/safe/documents', headers: { authorization: `Bearer ${clerk}` } })
    expect(res.status).toBe(403)
    expect((await backend.handle({ method: 'GET', url: '/api/nothing', headers: {} })).status).toBe(404)
  })

  it('serves 123 halls, 27 themes and at least 4,469 items', async () => {
    const halls = await backend.handle({ method: 'GET', url: '/api/halls', headers: {} })
    expect((halls.body as { total: number }).total).toBe(123)
    const kiosks = await backend.handle({ method: 'GET', url: '/api/halls?kind=kiosk', headers: {} })
    expect((kiosks.body as { total: number }).total).toBe(104)
    const themes = await backend.handle({ method: 'GET', url: '/api/themes', headers: {} })
    expect((themes.body as { total: number }).total).toBe(27)
    const items = await backend.handle({ method: 'GET', url: '/api/items?pageSize=5&page=2', headers: {} })
    expect(items.body).toMatchObject({ page: 2, pageSize: 5 })
    expect((items.body as { total: number }).total).toBeGreaterThanOrEqual(4469)
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
    let created = 0
    const backend = createBackend(new Store(), [() => [{
      method: 'POST', path: '/api/things', idempotent: true,
      handler: async ({ body }) => { await new Promise((r) => setTimeout(r, 20)); created++; return { status: 201, body: { n: created, name: body.name } } },
    }]])
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

describe('lazy route modules', () => {
  it('loads a module once on the first requests under its prefix, and tries again after a failed load', async () => {
    const { createBackend } = await import('./http')
    const { Store } = await import('./store')
    let loads = 0
    let failNext = true
    const backend = createBackend(new Store(), [], [{
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

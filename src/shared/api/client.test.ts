import { http, HttpResponse } from 'msw'
import { useMockBackend, signInAs } from '../../../test/mock-server'
import { api, ApiError } from './index'
import { authToken } from './auth-token'

describe('request client', () => {
  const { server, backend } = useMockBackend()

  it('reads from the backend and sends the token', async () => {
    await signInAs(backend, 'resident')
    const me = await api.get<{ role: string }>('/api/me')
    expect(me.role).toBe('resident')
  })

  it('turns the error body into a typed ApiError with code and fields', async () => {
    const error = await api.post('/api/auth/demo-login', { role: 'admin' }).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 400, code: 'BAD_REQUEST', fields: { role: expect.any(String) } })
  })

  it('retries a read after a network failure', async () => {
    let calls = 0
    server.use(http.get('*/api/themes', () => {
      calls++
      return calls < 2 ? HttpResponse.error() : HttpResponse.json({ items: [], total: 0 })
    }))
    await expect(api.get('/api/themes')).resolves.toEqual({ items: [], total: 0 })
    expect(calls).toBe(2)
  })

  it('shares one request between identical reads under way, and asks again once it has answered', async () => {
    let calls = 0
    server.use(http.get('*/api/themes', () => { calls++; return HttpResponse.json({ items: [], total: calls }) }))
    const [a, b] = await Promise.all([api.get('/api/themes'), api.get('/api/themes')])
    expect(calls).toBe(1)
    expect(a).toEqual(b)
    await api.get('/api/themes')
    expect(calls).toBe(2)
    await Promise.all([api.get('/api/themes', { q: 'a' }), api.get('/api/themes', { q: 'b' })])
    expect(calls).toBe(4)
  })

  it('never repeats a write without an idempotency key', async () => {
    let calls = 0
    server.use(http.post('*/api/feedback', () => { calls++; return HttpResponse.error() }))
    const error = await api.post('/api/feedback', { text: 'x' }).catch((e) => e)
    expect(error).toMatchObject({ code: 'NETWORK', message: expect.stringContaining('网络') })
    expect(calls).toBe(1)
  })

  it('repeats a write with an idempotency key, sending the same key each time', async () => {
    const keys: Array<string | null> = []
    server.use(http.post('*/api/feedback', ({ request }) => {
      keys.push(request.headers.get('idempotency-key'))
      return keys.length < 2 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ ok: true }, { status: 201 })
    }))
    await expect(api.post('/api/feedback', { text: 'x' }, { idempotencyKey: true })).resolves.toEqual({ ok: true })
    expect(keys).toHaveLength(2)
    expect(keys[0]).toBeTruthy()
    expect(keys[0]).toBe(keys[1])
  })

  it('drops a token the backend no longer knows', async () => {
    authToken.set('demo.resident.stale')
    const error = await api.get('/api/me').catch((e) => e)
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' })
  })
})

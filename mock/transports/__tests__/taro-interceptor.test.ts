import Taro from '@tarojs/taro'
import { installMockInterceptor } from '../taro-interceptor'

describe('weapp mock: Taro.request interceptor', () => {
  beforeAll(async () => {
    jest.useRealTimers()
    await installMockInterceptor()
  })

  it('answers /api/ calls from the routes, in process, with the contract status and headers', async () => {
    const res = await Taro.request({ url: '/api/themes', method: 'GET' })
    expect(res.statusCode).toBe(200)
    expect((res.data as { total: number }).total).toBe(27)
    expect(Number((res.header as Record<string, string>)['x-server-time'])).toBeGreaterThan(0)
  })

  it('answers refusals with their error body', async () => {
    const res = await Taro.request({ url: 'https://any.host/api/me', method: 'GET' })
    expect(res.statusCode).toBe(401)
    expect(res.data).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
  })

  it('keeps state in Taro storage, so a restart finds it', async () => {
    const login = await Taro.request({ url: '/api/auth/demo-login', method: 'POST', data: { role: 'business' } })
    const token = (login.data as { token: string }).token
    const saved = JSON.parse(Taro.getStorageSync('mock-backend-state'))
    // the session is kept (under the token's hash, never the token itself)
    expect(Object.values(saved.collections.sessions)).toContainEqual(expect.objectContaining({ userId: 'u-business' }))
    expect(JSON.stringify(saved)).not.toContain(token)
  })

  it('sends bodies as wx.request would, as JSON text, so the same checks apply', async () => {
    const unknown = await Taro.request({ url: '/api/auth/demo-login', method: 'POST', data: { role: 'resident', note: 'x' } })
    expect(unknown).toMatchObject({ statusCode: 400, data: { error: { code: 'UNKNOWN_FIELD' } } })
    const dropped = await Taro.request({ url: '/api/auth/demo-login', method: 'POST', data: { role: 'resident', note: undefined } })
    expect(dropped.statusCode).toBe(200)
    const text = await Taro.request({ url: '/api/auth/demo-login', method: 'POST', header: { 'content-type': 'text/plain' }, data: '{"role":"resident"}' })
    expect(text.statusCode).toBe(415)
    let deep: unknown = 1
    for (let i = 0; i < 40; i++) deep = [deep]
    expect((await Taro.request({ url: '/api/auth/demo-login', method: 'POST', data: { role: 'resident', deep } })).statusCode).toBe(400)
  })

  it('fails like a dropped connection when the network switch is off', async () => {
    await Taro.request({ url: '/api/dev/network', method: 'POST', data: { down: true } })
    await expect(Taro.request({ url: '/api/themes', method: 'GET' })).rejects.toMatchObject({ errMsg: expect.stringContaining('request:fail') })
    await Taro.request({ url: '/api/dev/network', method: 'POST', data: { down: false } })
  })
})

import Taro from '@tarojs/taro'
import { startMockWorker } from '../browser'

// jsdom has no service worker, like WeChat's in-app browser on iOS: the mock must answer inside the page.
describe('H5 mock without a service worker', () => {
  beforeAll(() => {
    jest.useRealTimers()
    window.localStorage.clear()
  })

  it('answers /api/ in the page, Taro.request included, over the same localStorage state', async () => {
    expect('serviceWorker' in navigator).toBe(false)
    await expect(startMockWorker()).resolves.toBe('in-page')
    expect(document.documentElement.dataset.mock).toBe('in-page')

    const login = await fetch('/api/auth/demo-login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'resident' }) })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }

    const me = await Taro.request({ url: '/api/me', header: { authorization: `Bearer ${token}` } })
    expect(me.statusCode).toBe(200)
    expect((me.data as { idNumberMasked: string }).idNumberMasked).toBe('4401**********3211')

    // the session lives in the state a reload opens again
    await new Promise((resolve) => setTimeout(resolve, 50))
    const saved = JSON.parse(window.localStorage.getItem('mock-backend-state')!)
    expect(Object.values(saved.collections.sessions)).toEqual([expect.objectContaining({ userId: 'u-resident' })])
    expect(JSON.stringify(saved)).not.toContain(token)
  })

})

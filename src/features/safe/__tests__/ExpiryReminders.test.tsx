import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useMockBackend, signInAs } from '../../../../test/mock-server'
import { clock } from '../../../../mock/clock'
import { useSession } from '@/shared/session'
import type { User } from '@/contract'
import { ROUTES } from '@/shared/routes'
import { ExpiryCard, ExpiryReminders } from '../index'
import { useReminders } from '../reminders'

jest.setTimeout(20_000)
const DAY = 86_400_000

describe('expiry reminders', () => {
  const { backend } = useMockBackend()
  const SEEDED = Date.parse('2026-11-23T09:10:00+08:00')
  // weeks pass between the renders: the business signs in again, as after a 7-day session ends
  const signIn = async (role: 'business' | 'resident' = 'business') => {
    const token = await signInAs(backend, role)
    const me = await backend.handle({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })
    act(() => useSession.setState({ token, user: me.body as User }))
  }
  beforeEach(async () => {
    clock.freeze(new Date(SEEDED).toISOString())
    backend.store.reset() // seeded on the frozen day: the food licence is 30 days from expiry
    act(() => useReminders.setState({ dismissed: {} }))
    await signIn()
  })
  const platform = process.env.TARO_ENV
  afterEach(() => {
    act(() => useSession.setState({ token: null, user: null }))
    process.env.TARO_ENV = platform
    delete process.env.TARO_APP_TPL_EXPIRY_REMINDER
  })

  it('home card: the food licence 30 days before expiry, one tap to its renewal booking pre-filled, and again at 7 days after 知道了', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
    const first = render(<ExpiryCard />)
    const card = await screen.findByTestId('expiry-card', {}, { timeout: 10_000 })
    expect(card.textContent).toContain('食品经营许可证')
    expect(card.textContent).toContain('30 天后到期')
    fireEvent.click(screen.getByTestId('expiry-card-open'))
    expect(navigate).toHaveBeenCalledWith({ url: `${ROUTES.hallBooking}?itemId=scjgj-2-0-b&renew=${encodeURIComponent('食品经营许可证')}&until=2026-12-23` })
    navigate.mockRestore()
    // dismissed at the 30-day stage: gone until the 7-day stage
    fireEvent.click(screen.getByTestId('expiry-dismiss'))
    expect(screen.queryByTestId('expiry-card')).toBeNull()
    first.unmount()
    clock.freeze(new Date(SEEDED + 20 * DAY).toISOString())
    await signIn()
    const later = render(<ExpiryCard />)
    await waitFor(() => expect(later.container.textContent).toBe(''), { timeout: 5000 })
    later.unmount()
    clock.freeze(new Date(SEEDED + 24 * DAY).toISOString())
    await signIn()
    render(<ExpiryCard />)
    const again = await screen.findByTestId('expiry-card', {}, { timeout: 10_000 })
    await waitFor(() => expect(again.textContent).toContain('6 天后到期'))
  })

  it('safe: lists every licence due (the dismissed one too) with its renewal, and says on H5 that the home page reminds', async () => {
    act(() => useReminders.setState({ dismissed: { 'lic-business-food-licence': 30 } }))
    render(<ExpiryReminders />)
    const rows = await screen.findAllByTestId('expiry-reminder', {}, { timeout: 10_000 })
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('食品经营许可证30 天后到期')])
    expect(screen.getByText('到期前 60、30、7 天在首页提醒你')).toBeTruthy()
    expect(screen.queryByTestId('expiry-subscribe')).toBeNull()
  })

  it('weapp: asks for the expiry template from .env and the server remembers the subscription', async () => {
    process.env.TARO_ENV = 'weapp'
    process.env.TARO_APP_TPL_EXPIRY_REMINDER = 'tpl-expiry'
    const ask = jest.fn(() => Promise.resolve({ 'tpl-expiry': 'accept', errMsg: 'requestSubscribeMessage:ok' }))
    const original = Taro.requestSubscribeMessage
    Taro.requestSubscribeMessage = ask as never
    try {
      render(<ExpiryReminders />)
      fireEvent.click(await screen.findByTestId('expiry-subscribe', {}, { timeout: 10_000 }))
      await screen.findByTestId('expiry-subscribed', {}, { timeout: 10_000 })
      expect(ask).toHaveBeenCalledWith({ tmplIds: ['tpl-expiry'], entityIds: [] })
    } finally {
      Taro.requestSubscribeMessage = original
    }
  })

  it('weapp without a template id: says so, and nothing is recorded', async () => {
    process.env.TARO_ENV = 'weapp'
    render(<ExpiryReminders />)
    fireEvent.click(await screen.findByTestId('expiry-subscribe', {}, { timeout: 10_000 }))
    await screen.findByText('本版本未开通微信提醒，到期前会在首页提醒你')
    expect(screen.queryByTestId('expiry-subscribed')).toBeNull()
  })
})

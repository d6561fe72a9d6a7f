import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useMockBackend, signInAs } from '../../../../test/mock-server'
import { clock } from '../../../../mock/clock'
import { useSession } from '@/shared/session'
import type { User } from '@/contract'
import { ROUTES } from '@/shared/routes'
import { ExpiryReminders } from '../index'
import { useReminders } from '../reminders'

jest.setTimeout(20_000)
const DAY = 86_400_000

describe('ExpiryReminders (home)', () => {
  const { backend } = useMockBackend()
  const SEEDED = Date.parse('2026-11-23T09:10:00+08:00')
  // weeks pass between the renders: the business signs in again, as after a 7-day session ends
  const signIn = async () => {
    const token = await signInAs(backend, 'business')
    const me = await backend.handle({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })
    act(() => useSession.setState({ token, user: me.body as User }))
  }
  beforeEach(async () => {
    clock.freeze(new Date(SEEDED).toISOString())
    act(() => useReminders.setState({ dismissed: {} }))
    await signIn()
  })
  afterEach(() => act(() => useSession.setState({ token: null, user: null })))

  it('shows the food licence 30 days before expiry with one tap to its renewal, and again at 7 days after 知道了', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
    const first = render(<ExpiryReminders />)
    const card = await screen.findByTestId('expiry-reminder', {}, { timeout: 10_000 })
    expect(card.textContent).toContain('食品经营许可证')
    expect(card.textContent).toContain('30 天后到期')
    fireEvent.click(screen.getByTestId('expiry-renew'))
    expect(navigate).toHaveBeenCalledWith({ url: `${ROUTES.item}?id=scjgj-2-2-b` })
    navigate.mockRestore()
    // dismissed at the 30-day stage: gone until the 7-day stage
    fireEvent.click(screen.getByTestId('expiry-dismiss'))
    expect(screen.queryByTestId('expiry-reminder')).toBeNull()
    first.unmount()
    clock.freeze(new Date(SEEDED + 20 * DAY).toISOString())
    await signIn()
    const later = render(<ExpiryReminders />)
    await waitFor(() => expect(later.container.textContent).toBe(''), { timeout: 5000 })
    later.unmount()
    clock.freeze(new Date(SEEDED + 24 * DAY).toISOString())
    await signIn()
    render(<ExpiryReminders />)
    const again = await screen.findByTestId('expiry-reminder', {}, { timeout: 10_000 })
    await waitFor(() => expect(again.textContent).toContain('6 天后到期'))
  })
})

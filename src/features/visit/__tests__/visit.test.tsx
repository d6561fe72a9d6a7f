import Taro from '@tarojs/taro'
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react'
import type { DemoLoginResponse, SafeCode, Ticket } from '@/contract'
import { authToken } from '@/shared/api'
import { useSession } from '@/shared/session'
import { useMockBackend } from '../../../../test/mock-server'
import { clock } from '../../../../mock/clock'
import { TicketView, UsualQueue, Workbench } from '../index'
import { isNewCall } from '../components/TicketView'
import { FALLBACK_POLL_MS, useLive } from '../useLive'

const C_ITEM = 'birth-ss-card'

describe('the visit screens', () => {
  const { backend } = useMockBackend()
  const call = async <T,>(method: string, url: string, token: string, body?: unknown) =>
    (await backend.handle({ method, url, headers: { authorization: `Bearer ${token}` }, body })).body as T
  const login = async (role: 'resident' | 'clerk') =>
    (role === 'clerk'
      ? await backend.handle({ method: 'POST', url: '/api/auth/staff-login', headers: {}, body: { staffId: 'PY0801', password: 'panyu-demo' } })
      : await backend.handle({ method: 'POST', url: '/api/auth/demo-login', headers: {}, body: { role } })).body as DemoLoginResponse
  const signIn = (session: DemoLoginResponse) => {
    authToken.set(session.token)
    act(() => useSession.setState({ token: session.token, user: session.user }))
  }

  beforeEach(() => clock.freeze('2026-11-23T09:10:00+08:00'))
  afterEach(() => act(() => useSession.setState({ token: null, user: null })))

  it('shows the number, people ahead and the wait, then the window as soon as the clerk calls, buzzing on each call', async () => {
    const vibrate = jest.spyOn(Taro, 'vibrateLong').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    const resident = await login('resident')
    const clerk = await login('clerk')
    // someone of the same group is ahead (the business account: every resident demo login is the same person)
    const business = (await backend.handle({ method: 'POST', url: '/api/auth/demo-login', headers: {}, body: { role: 'business' } })).body as DemoLoginResponse
    await call('POST', '/api/tickets', business.token, { hallId: 'centre', itemId: C_ITEM })
    const mine = await call<Ticket>('POST', '/api/tickets', resident.token, { hallId: 'centre', itemId: C_ITEM })
    signIn(resident)
    render(<TicketView ticketId={mine.id} />)
    expect(await screen.findByTestId('ticket-number')).toHaveTextContent('C002')
    // the business ticket and the hall's seeded people of group C still waiting (the clock is frozen)
    expect(mine.ahead).toBeGreaterThan(1)
    expect(screen.getByTestId('ticket-ahead').textContent).toBe(String(mine.ahead))
    expect(screen.getByTestId('ticket-where')).toHaveTextContent('3 楼 C区 A08–A12')
    // the clerk serves the first, then calls ours: the held read answers with each change
    await call('POST', '/api/clerk/window/call-next', clerk.token)
    await waitFor(() => expect(screen.getByTestId('ticket-ahead').textContent).toBe(String(mine.ahead - 1)))
    await call('POST', '/api/clerk/window/complete', clerk.token, { outcome: 'done' })
    // how fast is measured by the bench and the e2e journey (jest on a shared machine is no clock)
    await call('POST', '/api/clerk/window/call-next', clerk.token)
    await waitFor(() => expect(screen.getByTestId('ticket-called-where')).toHaveTextContent('请到 3 楼 C 区 A08 窗口'))
    expect(screen.getByTestId('ticket-status').getAttribute('aria-live')).toBe('assertive')
    expect(vibrate).toHaveBeenCalledTimes(1)
    await call('POST', '/api/clerk/window/recall', clerk.token)
    await waitFor(() => expect(vibrate).toHaveBeenCalledTimes(2))
    await call('POST', '/api/clerk/window/complete', clerk.token, { outcome: 'supplement', missing: ['户口簿原件'] })
    await waitFor(() => expect(screen.getByTestId('ticket')).toHaveAttribute('data-status', 'supplement'))
    expect(screen.getByText('· 户口簿原件')).toBeInTheDocument()
    vibrate.mockRestore()
    // a dozen round trips through msw and React: more than jest's 5 s default on a busy machine
  }, 20_000)

  it("the clerk's workbench calls the next ticket and completes it, counting the day", async () => {
    const resident = await login('resident')
    await call('POST', '/api/tickets', resident.token, { hallId: 'centre', itemId: C_ITEM })
    signIn(await login('clerk'))
    render(<Workbench />)
    expect(await screen.findByTestId('window-queue')).toHaveTextContent('C001')
    fireEvent.click(screen.getByTestId('window-call-next'))
    expect(await screen.findByTestId('window-current-number')).toHaveTextContent('C001')
    fireEvent.click(screen.getByTestId('window-outcome-done'))
    fireEvent.click(screen.getByTestId('window-complete'))
    await waitFor(() => expect(screen.getByTestId('window-figures')).toHaveTextContent(/^1/))
    expect(screen.queryByTestId('window-current-number')).toBeNull()
  }, 20_000)

  it("the clerk's queue names the 情形 a resident booked", async () => {
    const resident = await login('resident')
    const slots = await call<{ items: Array<{ start: string; booked: number; capacity: number }> }>('GET', '/api/halls/centre/slots?itemId=rsj-3-0-p&date=2026-11-23', resident.token)
    const start = slots.items.find((s) => s.booked < s.capacity)!.start
    await call('POST', '/api/appointments', resident.token, { hallId: 'centre', itemId: 'rsj-3-0-p', start, situationId: 'transfer' })
    signIn(await login('clerk'))
    render(<Workbench />)
    expect(await screen.findByTestId('queue-appointment')).toHaveTextContent('就业失业登记')
    expect(screen.getByTestId('queue-situation')).toHaveTextContent('办理情形：关系转移接续')
  }, 20_000)

  it('the clerk types the served resident\'s 收件码 and the documents join the ticket, with their content', async () => {
    const resident = await login('resident')
    await call('POST', '/api/tickets', resident.token, { hallId: 'centre', itemId: C_ITEM })
    const code = await call<SafeCode>('POST', '/api/safe/codes', resident.token, { purpose: 'submit', documentIds: ['lic-resident-hukou'] })
    signIn(await login('clerk'))
    render(<Workbench />)
    fireEvent.click(await screen.findByTestId('window-call-next'))
    const field = await screen.findByTestId('window-code')
    act(() => { fireEvent(field, new CustomEvent('input', { detail: { value: '00000000' } })) })
    fireEvent.click(screen.getByTestId('window-code-submit'))
    // a wrong code says so, and nothing is attached
    expect(await screen.findByRole('alert')).toHaveTextContent(/无效/)
    expect(screen.queryByTestId('window-document')).toBeNull()
    act(() => { fireEvent(field, new CustomEvent('input', { detail: { value: code.shortCode } })) })
    fireEvent.click(screen.getByTestId('window-code-submit'))
    const doc = await screen.findByTestId('window-document')
    expect(doc).toHaveTextContent('居民户口簿')
    expect(doc.textContent).toMatch(/\*{3,}/)
  }, 20_000)

  it('says how long the queue usually is at this hour, from the ticket history', async () => {
    render(<UsualQueue hallId='centre' />)
    // the first answer computes six weeks of seeded history: more than findBy's 1 s on a busy machine
    expect(await screen.findByTestId('usual-queue', {}, { timeout: 10_000 })).toHaveTextContent(/^09 时通常排队约 \d+ 人$/)
  })

  it('asks a non-clerk to switch role', () => {
    render(<Workbench />)
    expect(screen.getByText('请以窗口工作人员身份登录')).toBeInTheDocument()
  })
})

describe('live updates', () => {
  it('buzzes on a new call or a repeated one, not on other changes', () => {
    const waiting = { status: 'waiting', recalls: 0 } as Ticket
    const called = { status: 'called', recalls: 0, calledTo: { windowNo: 'A08', level: 3, zone: 'C' } } as Ticket
    expect(isNewCall(waiting, called)).toBe(true)
    expect(isNewCall(called, { ...called })).toBe(false)
    expect(isNewCall(called, { ...called, recalls: 1 })).toBe(true)
    expect(isNewCall(undefined, called)).toBe(true)
    expect(isNewCall(called, { ...waiting, status: 'done' } as Ticket)).toBe(false)
  })

  it('falls back to plain polling when the held read fails, and never goes back to an older answer', async () => {
    const asked: Array<number | undefined> = []
    let late: ((v: { version: number }) => void) | undefined
    const answers: Array<(version?: number) => Promise<{ version: number }>> = [
      async () => ({ version: 1 }),
      async () => { throw new Error('network') },
      async () => ({ version: 3 }),
      () => new Promise((resolve) => { late = resolve }),
    ]
    const read = (version?: number) => {
      asked.push(version)
      return (answers.shift() ?? (() => new Promise<{ version: number }>(() => undefined)))(version)
    }
    const { result } = renderHook(() => useLive(read, []))
    await waitFor(() => expect(result.current.reconnecting).toBe(true))
    expect(result.current.data?.version).toBe(1)
    await waitFor(() => expect(result.current.data?.version).toBe(3), { timeout: FALLBACK_POLL_MS + 1000 })
    expect(result.current.reconnecting).toBe(false)
    // held with version 1, then the plain read after the failure, then held with 3
    expect(asked).toEqual([undefined, 1, undefined, 3])
    act(() => result.current.apply({ version: 2 }))
    expect(result.current.data?.version).toBe(3)
    act(() => late?.({ version: 4 }))
    await waitFor(() => expect(result.current.data?.version).toBe(4))
  })
})

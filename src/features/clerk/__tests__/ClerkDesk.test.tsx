import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { Appointment, DemoLoginResponse, SafeCode, SlotsResponse } from '@/contract'
import { checkinQrText } from '@/contract'
import { ApiError, authToken } from '@/shared/api'
import { useSession } from '@/shared/session'
import { DEMO_STAFF, useMockBackend } from '../../../../test/mock-server'
import { clock } from '../../../../mock/clock'
import { createCase, getCase } from '../../../../mock/cases/domain'
import { ClerkResult, ScanDesk, verifyText, type Outcome } from '../index'

const ID_CARD = 'lic-resident-id-card'
const HUKOU = 'lic-resident-hukou'

describe('clerk desk', () => {
  const { backend } = useMockBackend()

  async function login(role: 'resident' | 'clerk'): Promise<DemoLoginResponse> {
    const res = role === 'clerk'
      ? await backend.handle({ method: 'POST', url: '/api/auth/staff-login', headers: {}, body: DEMO_STAFF })
      : await backend.handle({ method: 'POST', url: '/api/auth/demo-login', headers: {}, body: { role } })
    return res.body as DemoLoginResponse
  }

  async function residentCode(documentIds: string[] = [ID_CARD]): Promise<{ code: SafeCode; token: string }> {
    const { token } = await login('resident')
    const res = await backend.handle({ method: 'POST', url: '/api/safe/codes', headers: { authorization: `Bearer ${token}` }, body: { purpose: 'submit', documentIds } })
    return { code: res.body as SafeCode, token }
  }

  async function asClerk() {
    const session = await login('clerk')
    authToken.set(session.token)
    useSession.setState({ token: session.token, user: session.user })
  }

  async function type(text: string) {
    const field = screen.getByTestId('clerk-manual')
    // let the textarea component render its inner <textarea> before its value changes
    await waitFor(() => expect(field.querySelector('textarea')).not.toBeNull())
    act(() => { field.dispatchEvent(new CustomEvent('input', { detail: { value: text }, bubbles: true })) })
    fireEvent.click(screen.getByTestId('clerk-manual-submit'))
  }

  afterEach(() => act(() => useSession.setState({ token: null, user: null })))

  it('sends a non-clerk to switch role', async () => {
    const session = await login('resident')
    useSession.setState({ token: session.token, user: session.user })
    render(<ScanDesk onOutcome={jest.fn()} />)
    expect(screen.getByText('仅限窗口工作人员，请用工号登录')).toBeInTheDocument()
    expect(screen.queryByTestId('clerk-manual')).toBeNull()
  })

  it('a typed code shows the holder (ID masked) and only the scoped documents; confirming records receipt', async () => {
    const { code, token } = await residentCode([HUKOU])
    await asClerk()
    const onOutcome = jest.fn()
    render(<ScanDesk onOutcome={onOutcome} />)
    expect(screen.getByText('番禺区政务服务中心 · A08窗口')).toBeInTheDocument()
    await type(code.shortCode)
    await waitFor(() => expect(onOutcome).toHaveBeenCalledTimes(1))
    const outcome: Outcome = onOutcome.mock.calls[0][0]

    render(<ClerkResult outcome={outcome} onNext={jest.fn()} />)
    expect(screen.getByText('陈志明')).toBeInTheDocument()
    expect(screen.getByTestId('clerk-holder').textContent).toContain('4401**********3211')
    expect(screen.getByTestId('clerk-holder').textContent).not.toContain('440126198511203211')
    expect(screen.getAllByTestId('clerk-document').map((d) => d.textContent)).toEqual([expect.stringContaining('居民户口簿')])
    expect(screen.queryByText('居民身份证')).toBeNull()
    fireEvent.click(screen.getByTestId('clerk-confirm'))
    expect(await screen.findByTestId('clerk-done')).toHaveTextContent('已确认收件')

    const log = await backend.handle({ method: 'GET', url: '/api/safe/access-log', headers: { authorization: `Bearer ${token}` } })
    expect((log.body as { items: Array<{ receivedAt?: string; clerkNameMasked: string }> }).items).toEqual([expect.objectContaining({ clerkNameMasked: '黄**', receivedAt: expect.any(String) })])
  })

  it('tells each refusal apart: used, revoked, expired, invalid, then too many attempts', async () => {
    const used = await residentCode()
    const revoked = await residentCode()
    await backend.handle({ method: 'DELETE', url: `/api/safe/codes/${revoked.code.id}`, headers: { authorization: `Bearer ${revoked.token}` } })
    const expired = await residentCode()
    await asClerk()
    render(<ScanDesk onOutcome={jest.fn()} />)
    await type(used.code.code)
    await waitFor(() => expect(screen.queryByTestId('clerk-refusal')).toBeNull())

    const refusal = async (text: string, title: string, code: string) => {
      await type(text)
      await waitFor(() => expect(screen.getByTestId('clerk-refusal')).toHaveAttribute('data-code', code))
      expect(screen.getByTestId('clerk-refusal').textContent).toContain(title)
    }
    await refusal(used.code.code, '码已被使用', 'CODE_USED')
    await refusal(revoked.code.shortCode, '码已被作废', 'CODE_REVOKED')
    clock.advance(5 * 60_000)
    await refusal(expired.code.code, '码已过期', 'CODE_EXPIRED')
    for (let i = 0; i < 5; i++) await refusal(`PYSC1.forged${i}.x`, '无效码', 'CODE_INVALID')
    await refusal('12345678', '尝试次数过多', 'TOO_MANY_ATTEMPTS')
  })

  it('a pickup code hands over the result and closes the case', async () => {
    const theCase = createCase(backend.store, { ownerId: 'u-resident', title: '不动产登记', source: 'item', sourceId: 'x', itemIds: [], pickupRequired: true, status: 'approved' }, clock.now())
    const { token } = await login('resident')
    const made = await backend.handle({ method: 'POST', url: '/api/safe/codes', headers: { authorization: `Bearer ${token}` }, body: { purpose: 'pickup', documentIds: [], caseId: theCase.id } })
    await asClerk()
    const onOutcome = jest.fn()
    render(<ScanDesk onOutcome={onOutcome} />)
    await type((made.body as SafeCode).code)
    await waitFor(() => expect(onOutcome).toHaveBeenCalledTimes(1))
    render(<ClerkResult outcome={onOutcome.mock.calls[0][0]} onNext={jest.fn()} />)
    expect(screen.getByTestId('clerk-holder').textContent).toContain(theCase.number)
    // only verified so far: the case is still waiting
    expect(getCase(backend.store, theCase.id)!.status).toBe('approved')
    fireEvent.click(screen.getByText('确认交付办理结果'))
    expect(await screen.findByTestId('clerk-done')).toHaveTextContent(`已交付，办件 ${theCase.number} 已办结取件`)
    expect(getCase(backend.store, theCase.id)!.status).toBe('collected')
  })

  it('a resident token is refused (403)', async () => {
    const { code, token } = await residentCode()
    authToken.set(token)
    await expect(verifyText(code.code)).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' })
  })

  it("scans an appointment's check-in code into a queue number at the clerk's hall", async () => {
    clock.freeze('2026-11-26T09:50:00+08:00')
    const { token } = await login('resident')
    const slots = (await backend.handle({ method: 'GET', url: '/api/halls/centre/slots?itemId=residence-permit&date=2026-11-26', headers: {} })).body as SlotsResponse
    const free = slots.items.find((slot) => slot.booked < slot.capacity && Date.parse(slot.start) > clock.nowMs())!
    const booked = await backend.handle({ method: 'POST', url: '/api/appointments', headers: { authorization: `Bearer ${token}` }, body: { hallId: 'centre', itemId: 'residence-permit', start: free.start } })
    expect([booked.status, (booked.body as any).error?.code]).toEqual([201, undefined])
    const appointment = booked.body as Appointment
    await asClerk()
    const onOutcome = jest.fn()
    render(<ScanDesk onOutcome={onOutcome} />)
    await type(checkinQrText(appointment.id, appointment.checkinCode))
    await waitFor(() => expect(onOutcome).toHaveBeenCalledTimes(1))
    const outcome: Outcome = onOutcome.mock.calls[0][0]
    expect(outcome.kind).toBe('check-in')
    render(<ClerkResult outcome={outcome} onNext={jest.fn()} />)
    expect(screen.getByTestId('clerk-checkin')).toHaveTextContent('A001')
  })

  it('an unknown check-in code reads as an invalid code (nothing learnt about which appointments exist)', async () => {
    await asClerk()
    const error = await verifyText('PYCHK1.appt_unknown.123456').catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect([error.status, error.code, error.message]).toEqual([400, 'CODE_INVALID', '签到码无效'])
  })

  it('shows a check-in outcome with the queue number', () => {
    render(<ClerkResult outcome={{ kind: 'check-in', result: { appointmentId: 'a', queueNumber: 'A023', ahead: 4, itemName: 'x', start: '', contactName: '陈**' } }} onNext={jest.fn()} />)
    expect(screen.getByText('A023')).toBeInTheDocument()
    expect(screen.getByText('前面还有 4 人')).toBeInTheDocument()
  })

  it('says so when there is no result to show', () => {
    const onNext = jest.fn()
    render(<ClerkResult outcome={null} onNext={onNext} />)
    fireEvent.click(screen.getByText('继续扫码'))
    expect(onNext).toHaveBeenCalled()
  })
})

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useMockBackend, signInAs } from '../../../../test/mock-server'
import { clock } from '../../../../mock/clock'
import { requests } from '../../../../mock/assist/domain'
import { accessLogOf } from '../../../../mock/safe/access-log'
import { AccessLog } from '@/features/safe'
import { AssistDesk, AssistDetail, AssistForm } from '../screens'
import { useAssistDrafts } from '../draft'
import { useSession } from '@/shared/session'
import { syncServerTime } from '@/shared/time'
import type { SessionResponse } from '@/contract'

function type(testId: string, value: string) {
  act(() => { fireEvent(screen.getByTestId(testId), new CustomEvent('input', { detail: { value }, bubbles: true })) })
}

// Tuesday 2026-11-24 10:00 in Panyu
const NOW = new Date('2026-11-24T02:00:00Z')

describe('帮办代办 UI', () => {
  const { backend } = useMockBackend()
  beforeEach(() => { clock.freeze(NOW); useAssistDrafts.setState({ drafts: {} }) })
  afterEach(() => act(() => useSession.setState({ token: null, user: null })))

  /** signed in as the app is: the token for requests and the user in the session */
  async function as(role: 'resident' | 'clerk'): Promise<string> {
    const token = await signInAs(backend, role)
    const me = await backend.handle({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })
    act(() => useSession.setState({ token, user: (me.body as SessionResponse['user']) }))
    return token
  }

  it('shows why 上门办 is not open, checks the form, sends 陪办 and opens the request', async () => {
    await as('resident')
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    render(<AssistForm type='item' id='residence-permit' />)
    await screen.findByTestId('assist-form', {}, { timeout: 5000 })
    expect(screen.getByText('居住证申领')).toBeInTheDocument()
    fireEvent.click(screen.getByTestId('assist-kind-home'))
    expect(screen.getByTestId('assist-eligibility').textContent).toContain('未满60周岁')
    fireEvent.click(screen.getByTestId('assist-submit'))
    expect(screen.getByText('请填写行动不便的说明，或改为陪办、代办')).toBeInTheDocument()
    fireEvent.click(screen.getByTestId('assist-kind-accompany'))
    fireEvent.click(screen.getByTestId('assist-submit'))
    expect(screen.getByText('请选择希望的时间')).toBeInTheDocument()
    expect(screen.getByText('请输入 11 位手机号码')).toBeInTheDocument()
    fireEvent.click(screen.getAllByTestId('assist-slot')[0])
    type('assist-phone', '13800138000')
    fireEvent.click(screen.getByTestId('assist-submit'))
    await waitFor(() => expect(navigate).toHaveBeenCalled())
    const [sent] = requests(backend.store).all()
    expect(sent).toMatchObject({ kind: 'accompany', preferred: { date: '2026-11-25', half: 'am' }, phone: '13800138000', target: { type: 'item', id: 'residence-permit' } })
    expect(String(navigate.mock.calls[0][0].url)).toContain(`id=${sent.id}`)
    // the draft is gone once sent
    expect(useAssistDrafts.getState().drafts).toEqual({})
  })

  it('a clerk accepts with a time and a name; the resident\'s page shows both', async () => {
    const token = await as('resident')
    const r = await backend.handle({ method: 'POST', url: '/api/assist', headers: { authorization: `Bearer ${token}` }, body: { kind: 'accompany', target: { type: 'hall', id: 'centre' }, slot: { date: '2026-11-25', half: 'pm' }, phone: '13800138000' } })
    const id = (r.body as { id: string }).id
    await as('clerk')
    const desk = render(<AssistDesk />)
    await screen.findByTestId('clerk-assist-item', {}, { timeout: 5000 })
    fireEvent.click(screen.getByTestId('clerk-assist-accept'))
    expect(screen.getByText('请选择约定时间')).toBeInTheDocument()
    fireEvent.click(screen.getAllByTestId('clerk-assist-time')[2])
    type('clerk-assist-helper', '陈小梅')
    fireEvent.click(screen.getByTestId('clerk-assist-accept'))
    await screen.findByTestId('clerk-assist-complete')
    desk.unmount()

    await as('resident')
    render(<AssistDetail id={id} />)
    await waitFor(() => expect(screen.getByTestId('assist-detail').getAttribute('data-state')).toBe('accepted'))
    expect(screen.getByTestId('assist-scheduled').textContent).toContain('2026-11-25 15:00')
    expect(screen.getByTestId('assist-helper').textContent).toContain('陈小梅')
    expect(screen.getByTestId('assist-detail').textContent).not.toContain('13800138000')
    await screen.findByText(/由陈小梅为您陪办/)
  })

  it('the clerk sees the callback number masked, reveals it on a tap for a minute, and the resident sees who looked and why', async () => {
    const token = await as('resident')
    const r = await backend.handle({ method: 'POST', url: '/api/assist', headers: { authorization: `Bearer ${token}` }, body: { kind: 'home', declaration: '腰椎手术后卧床', target: { type: 'item', id: 'residence-permit' }, slot: { date: '2026-11-25', half: 'am' }, phone: '13800138000' } })
    const caseNumber = (r.body as { caseNumber: string }).caseNumber
    await as('clerk')
    const desk = render(<AssistDesk />)
    await screen.findByTestId('clerk-assist-item', {}, { timeout: 5000 })
    expect(screen.getByTestId('clerk-assist-masked').textContent).toBe('回电号码 138****8000')
    expect(screen.getByTestId('clerk-assist-list').textContent).not.toContain('13800138000')
    expect(accessLogOf(backend.store, 'u-resident')).toEqual([])
    fireEvent.click(screen.getByTestId('clerk-assist-reveal'))
    // the full number, counting down from at most a minute
    expect((await screen.findByTestId('clerk-assist-phone')).textContent).toMatch(/^13800138000（(60|[1-5]\d) 秒后隐藏）$/)
    const call = jest.spyOn(Taro, 'makePhoneCall').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    fireEvent.click(screen.getByTestId('clerk-assist-call'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '13800138000' })
    expect(accessLogOf(backend.store, 'u-resident')).toEqual([expect.objectContaining({ purpose: 'assist-callback', caseNumber })])
    // a minute later it is masked again
    clock.freeze(new Date(NOW.getTime() + 61_000))
    act(() => syncServerTime(NOW.getTime() + 61_000))
    await waitFor(() => expect(screen.queryByTestId('clerk-assist-phone')).toBeNull(), { timeout: 4000 })
    expect(screen.getByTestId('clerk-assist-masked').textContent).toBe('回电号码 138****8000')
    desk.unmount()

    await as('resident')
    render(<AccessLog />)
    const entry = await screen.findByTestId('access-entry', {}, { timeout: 5000 })
    expect(entry.textContent).toContain('帮办回电')
    expect(entry.textContent).toContain('黄**')
    expect(screen.getByTestId('access-reason').textContent).toBe('工作人员查看了您的回电号码，以便就帮办请求联系您')
    expect(entry.textContent).toContain(caseNumber)
    expect(entry.textContent).not.toContain('13800138000')
  })
})

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useMockBackend, signInAs } from '../../../../test/mock-server'
import { useSession } from '@/shared/session'
import type { BusinessProfile, User } from '@/contract'
import { ProfileForm } from '../index'

function type(testId: string, value: string) {
  const input = screen.getByTestId(testId)
  act(() => { fireEvent(input, new CustomEvent('input', { detail: { value } })) })
}

function errorOf(testId: string): string | null {
  const field = screen.getByTestId(testId).closest('.ui-field')!
  return field.querySelector('.ui-field__error')?.textContent ?? null
}

describe('ProfileForm', () => {
  const { backend } = useMockBackend()
  let token = ''
  beforeEach(async () => {
    token = await signInAs(backend, 'business')
    const me = await backend.handle({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })
    useSession.setState({ token, user: me.body as User })
  })
  afterEach(() => act(() => useSession.setState({ token: null, user: null })))

  const stored = async () => (await backend.handle({ method: 'GET', url: '/api/business/profile', headers: { authorization: `Bearer ${token}` } })).body as BusinessProfile

  it('shows the saved profile and puts each problem beside its field, saving nothing', async () => {
    render(<ProfileForm />)
    await screen.findByTestId('profile-form')
    expect(screen.getByTestId('field-companyName')).toHaveAttribute('value', '广州禺味餐饮管理有限公司')
    type('field-insuredStaff', '60')
    type('field-creditCode', '91440113MA59ABCD1X')
    type('field-revenue', '-5')
    type('field-graduateHires', '1.5')
    type('field-contactPhone', '2380000')
    type('field-establishedOn', '2019-02-30')
    act(() => { screen.getByTestId('save-profile').click() })
    expect(errorOf('field-insuredStaff')).toBe('参保员工不能多于从业人数')
    expect(errorOf('field-creditCode')).toBe('统一社会信用代码校验位不正确，请核对')
    expect(errorOf('field-revenue')).toBe('请输入不小于 0 的数字')
    expect(errorOf('field-graduateHires')).toBe('请输入整数')
    expect(errorOf('field-contactPhone')).toBe('请输入 11 位手机号码')
    expect(errorOf('field-establishedOn')).toBe('请输入有效日期，如 2019-04-12')
    expect(errorOf('field-headcount')).toBeNull()
    expect(await stored()).toMatchObject({ insuredStaff: 38, revenue: 2300 })
    // Typing again clears that field's message.
    type('field-insuredStaff', '40')
    expect(errorOf('field-insuredStaff')).toBeNull()
  })

  it('saves a valid profile, which the backend then matches on', async () => {
    render(<ProfileForm />)
    await screen.findByTestId('profile-form')
    type('field-insuredStaff', '40')
    type('field-graduateHires', '0')
    act(() => { screen.getByTestId('save-profile').click() })
    await waitFor(async () => expect(await stored()).toMatchObject({ insuredStaff: 40, graduateHires: 0 }))
    expect(screen.getByTestId('field-insuredStaff')).toHaveAttribute('value', '40')
  })

  it('shows the backend refusal beside the field it names', async () => {
    render(<ProfileForm />)
    await screen.findByTestId('profile-form')
    // A name the app lets through but the backend refuses (too long).
    type('field-companyName', '广'.repeat(61))
    act(() => { screen.getByTestId('save-profile').click() })
    await waitFor(() => expect(errorOf('field-companyName')).toBe('企业名称不超过 60 字'))
  })
})

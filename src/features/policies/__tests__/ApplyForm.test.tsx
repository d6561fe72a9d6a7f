import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useMockBackend, signInAs } from '../../../../test/mock-server'
import { useSession } from '@/shared/session'
import type { PolicyApplication, User } from '@/contract'
import { ApplyForm } from '../index'

describe('ApplyForm', () => {
  const { backend } = useMockBackend()
  let token = ''
  const applications = async () => ((await backend.handle({ method: 'GET', url: '/api/policy-applications', headers: { authorization: `Bearer ${token}` } })).body as { items: PolicyApplication[] }).items
  beforeEach(async () => {
    token = await signInAs(backend, 'business')
    const me = await backend.handle({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })
    useSession.setState({ token, user: me.body as User })
  })
  afterEach(() => {
    act(() => useSession.setState({ token: null, user: null }))
    jest.restoreAllMocks()
  })

  it('is filled in from the profile and the safe, and a double tap submits one application', async () => {
    const redirect = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve() as never)
    render(<ApplyForm policyId='catering-consumption' />)
    await screen.findByTestId('apply-form')
    expect(screen.getByTestId('field-contactName')).toHaveAttribute('value', '李秀英')
    expect(screen.getByTestId('field-bankAccount')).toHaveAttribute('value', '3602012309200456789')
    expect(screen.getByTestId('apply-amount')).toHaveTextContent('8 万元')
    expect(screen.getByTestId('apply-materials')).toHaveTextContent('食品经营许可证')
    expect(screen.getByTestId('apply-materials')).toHaveTextContent('JY***********456')
    // the generated 申报表及信用承诺书 is shown and needs an explicit 我已阅读并承诺
    act(() => { screen.getByTestId('submit-application').click() })
    expect(await screen.findByText('请阅读申报表及信用承诺书，并勾选“我已阅读并承诺”')).toBeInTheDocument()
    const text = screen.getByTestId('commitment-text').textContent!
    expect(text).toContain('申报政策：住宿餐饮业促消费扶持')
    expect(text).toContain('8 万元')
    expect(text).toContain('本单位郑重承诺')
    expect(text).not.toContain('3602012309200456789')
    expect(await applications()).toEqual([])
    fireEvent.click(screen.getByTestId('commitment-accept'))
    expect(screen.getByTestId('commitment-accept')).toHaveAttribute('aria-checked', 'true')
    const submit = screen.getByTestId('submit-application')
    act(() => { submit.click(); submit.click() })
    await waitFor(() => expect(redirect).toHaveBeenCalled())
    const items = await applications()
    expect(items).toHaveLength(1)
    // three licences from the safe and the signed commitment, kept in the safe
    expect(items[0].materials.filter((m) => m.documentId)).toHaveLength(4)
    const safe = (await backend.handle({ method: 'GET', url: '/api/safe/documents', headers: { authorization: `Bearer ${token}` } })).body as { items: Array<{ name: string }> }
    expect(safe.items.map((d) => d.name)).toContain('申报表及信用承诺书（住宿餐饮业促消费扶持）')
    expect(redirect.mock.calls[0][0]).toEqual({ url: `/subpackages/policies/application/index?id=${items[0].id}` })
  })

  it('puts problems beside the fields and sends nothing', async () => {
    render(<ApplyForm policyId='catering-consumption' />)
    await screen.findByTestId('apply-form')
    act(() => { fireEvent(screen.getByTestId('field-contactPhone'), new CustomEvent('input', { detail: { value: '12345' } })) })
    act(() => { screen.getByTestId('submit-application').click() })
    expect(await screen.findByText('请输入 11 位手机号码')).toBeInTheDocument()
    expect(await applications()).toEqual([])
  })

  it('says why a business that does not qualify cannot apply', async () => {
    render(<ApplyForm policyId='harmonious-labour' />)
    expect(await screen.findByText('暂不符合条件，无法申报')).toBeInTheDocument()
    expect(screen.getByText('差 2 名参保员工')).toBeInTheDocument()
  })
})

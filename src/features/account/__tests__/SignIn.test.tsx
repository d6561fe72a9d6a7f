import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useSession } from '@/shared/session'
import { useMockBackend } from '../../../../test/mock-server'
import { SignIn, StaffSignIn } from '../index'

/** Taro's input draws its inner <input> after mounting: a value set before that throws inside the component. */
async function type(testId: string, value: string) {
  const field = screen.getByTestId(testId)
  await waitFor(() => expect(field.querySelector('input')).not.toBeNull())
  act(() => { fireEvent(field, new CustomEvent('input', { detail: { value } })) })
}

describe('sign-in screens', () => {
  useMockBackend()
  let redirectTo: jest.SpyInstance
  beforeEach(() => {
    useSession.setState({ token: null, user: null, signingIn: null, signedOut: false })
    redirectTo = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
  })
  afterEach(() => {
    jest.restoreAllMocks()
    act(() => useSession.setState({ token: null, user: null }))
  })

  it('H5: checks the phone, sends a code, shows the dev code, signs in and goes back where the user was', async () => {
    const back = encodeURIComponent('/subpackages/halls/hall/index?id=centre')
    render(<SignIn redirect={back} expired />)
    expect(screen.getByText('登录已失效，请重新登录，登录后回到刚才的页面')).toBeInTheDocument()
    await type('signin-phone', '1392604')
    fireEvent.click(screen.getByTestId('signin-send'))
    expect(await screen.findByText('请输入 11 位手机号码', undefined, { timeout: 5000 })).toBeInTheDocument()
    await type('signin-phone', '13926045678')
    fireEvent.click(screen.getByTestId('signin-send'))
    const dev = await screen.findByTestId('signin-dev-code', undefined, { timeout: 5000 })
    const code = /(\d{6})/.exec(dev.textContent!)![1]
    expect(screen.getByText('验证码已发送至 139****5678，5 分钟内有效')).toBeInTheDocument()
    expect(screen.getByTestId('signin-send')).toHaveTextContent(/\d+ 秒后重发/)
    await type('signin-code', code)
    fireEvent.click(screen.getByTestId('signin-submit'))
    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: '/subpackages/halls/hall/index?id=centre' }), { timeout: 5000 })
    expect(useSession.getState().user).toMatchObject({ role: 'resident', name: '陈志明' })
  })

  it('H5: a wrong code is said beside the field and signs no one in', async () => {
    render(<SignIn />)
    await type('signin-phone', '13926045678')
    fireEvent.click(screen.getByTestId('signin-send'))
    const code = /(\d{6})/.exec((await screen.findByTestId('signin-dev-code', undefined, { timeout: 5000 })).textContent!)![1]
    await type('signin-code', code === '000000' ? '111111' : '000000')
    fireEvent.click(screen.getByTestId('signin-submit'))
    expect(await screen.findByText('验证码不正确，还可尝试 4 次', undefined, { timeout: 5000 })).toBeInTheDocument()
    expect(useSession.getState().token).toBeNull()
  })

  it('staff: prints the demo credentials, refuses a wrong password, signs the clerk in with the right one', async () => {
    render(<StaffSignIn redirect={encodeURIComponent('/subpackages/clerk/scan/index')} />)
    expect(screen.getByText('演示账号：工号 PY0801，密码 panyu-demo')).toBeInTheDocument()
    fireEvent.click(screen.getByTestId('staff-submit'))
    expect(await screen.findByText('请输入工号和密码', undefined, { timeout: 5000 })).toBeInTheDocument()
    await type('staff-id', 'PY0801')
    await type('staff-password', 'wrong')
    fireEvent.click(screen.getByTestId('staff-submit'))
    expect(await screen.findByText('工号或密码不正确，还可尝试 4 次', undefined, { timeout: 5000 })).toBeInTheDocument()
    await type('staff-password', 'panyu-demo')
    fireEvent.click(screen.getByTestId('staff-submit'))
    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: '/subpackages/clerk/scan/index' }), { timeout: 5000 })
    expect(useSession.getState().user).toMatchObject({ role: 'clerk', windowNo: 'A08' })
  })
})

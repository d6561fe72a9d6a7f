import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useMockBackend } from '../../../../test/mock-server'
import { useSession } from '@/shared/session'
import { GuidedApplication, DoneView, useDrafts } from '../index'
import { ROUTES } from '@/shared/routes'

jest.mock('@/shared/files/pickFile', () => ({ pickFile: jest.fn(async () => ({ name: 'baby.jpg', size: 20480, mimeType: 'image/jpeg' })) }))

/** Type into a Taro <Input> as the user would: an input event, then leaving the field. */
function type(testId: string, value: string) {
  const el = screen.getByTestId(testId)
  fireEvent(el, new CustomEvent('input', { detail: { value }, bubbles: true }))
  fireEvent(el, new CustomEvent('blur', { detail: { value } }))
}

const click = (testId: string) => fireEvent.click(screen.getByTestId(testId))

async function answerNewborn() {
  await screen.findByTestId('bundle-step-questions')
  for (const q of ['hukou', 'insure', 'married']) click(`answer-${q}-yes`)
  expect(screen.getByTestId('selected-count').textContent).toBe('将为您办理 5 个事项')
  click('step-next')
  await screen.findByTestId('bundle-step-form')
}

describe('GuidedApplication (新生儿出生一件事)', () => {
  const { backend } = useMockBackend()
  beforeEach(() => {
    act(() => {
      useDrafts.setState({ drafts: {}, submitted: {} })
      useSession.setState({ token: null, user: null })
    })
  })

  it('will not go on with unanswered questions', async () => {
    render(<GuidedApplication bundleId='newborn' />)
    // the first test of the file pays for the mock's start (the catalogue is built on the first request)
    await screen.findByTestId('bundle-step-questions', {}, { timeout: 5000 })
    click('answer-hukou-yes')
    click('step-next')
    expect(screen.getByTestId('bundle-step-questions')).toBeInTheDocument()
    expect(screen.getAllByText('请选择一个答案')).toHaveLength(2)
  })

  it('pre-fills from the profile, shows each field error beside the field, and blocks the next step', async () => {
    render(<GuidedApplication bundleId='newborn' />)
    await answerNewborn()
    // name and address from the profile; the phone and the ID number masked, their real values never in the page
    expect(screen.getByTestId('input-applicantName')).toHaveAttribute('value', '陈志明')
    expect(screen.getByText('使用账号绑定手机 139****5678')).toBeInTheDocument()
    expect(screen.getByTestId('profile-applicantId').textContent).toBe('使用账号实名身份证 4401**********3211')
    expect(document.body.innerHTML).not.toContain('13926045678')
    expect(document.body.innerHTML).not.toContain('440126198511203211')
    expect(JSON.stringify(Taro.getStorageSync('bundle-drafts'))).not.toContain('440126198511203211')
    // editable: 修改 opens an empty field
    click('change-applicantId')
    expect(screen.getByTestId('input-applicantId')).toHaveAttribute('value', '')
    type('input-applicantId', '440126198511203212')
    expect(screen.getByTestId('field-applicantId').textContent).toContain('身份证号校验位不正确，请核对')
    click('step-next')
    expect(screen.getByTestId('bundle-step-form')).toBeInTheDocument()
    expect(screen.getByTestId('field-babyName').textContent).toContain('请填写新生儿姓名')
    expect(screen.getByTestId('step-errors').textContent).toMatch(/还有 \d+ 项需要修改/)
    // what was typed stays; fixing the field removes its error
    expect(screen.getByTestId('input-applicantId')).toHaveAttribute('value', '440126198511203212')
    type('input-applicantId', '440126198511203211')
    expect(screen.getByTestId('field-applicantId').textContent).not.toContain('校验位')
    type('input-babyBirthDate', '2099-01-01')
    expect(screen.getByTestId('field-babyBirthDate').textContent).toContain('新生儿出生日期不能晚于今天')
  })

  it('brings the first field left to fix into view and focus when 还有 N 项需要修改 appears', async () => {
    const scroll = jest.spyOn(Taro, 'pageScrollTo')
    render(<GuidedApplication bundleId='newborn' />)
    await answerNewborn()
    type('input-babyName', '陈小满')
    type('input-babyBirthDate', '2026-11-01')
    type('input-otherParentName', '林晓华')
    click('step-next')
    expect(screen.getByTestId('step-errors').textContent).toBe('还有 1 项需要修改')
    // jsdom draws Taro's web component, which takes focus from its focus prop (the e2e journey checks the real focus)
    await waitFor(() => expect(screen.getByTestId('input-otherParentId')).toHaveAttribute('focus', 'true'))
    expect(screen.getByTestId('input-babyName')).not.toHaveAttribute('focus', 'true')
    expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#field-otherParentId' }))
    scroll.mockRestore()
  })

  it('restores the draft after a remount: same step, same values', async () => {
    const first = render(<GuidedApplication bundleId='newborn' />)
    await answerNewborn()
    type('input-babyName', '陈小满')
    click('change-applicantId')
    type('input-applicantId', '4401261985')
    first.unmount()
    // the draft is on the device, not in the component
    expect(JSON.stringify(Taro.getStorageSync('bundle-drafts'))).toContain('陈小满')
    render(<GuidedApplication bundleId='newborn' />)
    await screen.findByTestId('bundle-step-form')
    expect(screen.getByTestId('input-babyName')).toHaveAttribute('value', '陈小满')
    expect(screen.getByTestId('input-applicantId')).toHaveAttribute('value', '4401261985')
  })

  it('attaches e-licences from the safe, uploads the rest, and submits once into one case', async () => {
    const redirect = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve() as never)
    render(<GuidedApplication bundleId='newborn' />)
    await answerNewborn()
    // the ID number stays the account's: the server fills it in
    type('input-babyName', '陈小满')
    type('input-babyBirthDate', '2026-11-01')
    type('input-otherParentName', '林晓华')
    type('input-otherParentId', '44011319880602004X')
    click('step-next')
    await screen.findByTestId('bundle-step-materials')
    // 免证办: the resident's ID card, hukou and marriage licence come from the safe; the birth certificate is issued inside the bundle
    expect(screen.getAllByTestId('material-attached')).toHaveLength(3)
    expect(screen.getByTestId('produced-mat-birth-cert').textContent).toContain('由本一件事中“出生医学证明签发”生成')
    click('step-next')
    expect(screen.getByTestId('material-mat-photo').textContent).toContain('请提供这份材料')
    click('upload-mat-photo')
    await screen.findByText('已上传：baby.jpg')
    click('step-next')
    await screen.findByTestId('bundle-review')
    expect(screen.getByTestId('bundle-review').textContent).toContain('4401**********3211')
    expect(screen.getByTestId('bundle-review').textContent).not.toContain('440126198511203211')
    click('bundle-submit')
    click('bundle-submit')
    await waitFor(() => expect(redirect).toHaveBeenCalled())
    const url = (redirect.mock.calls[0][0] as { url: string }).url
    expect(url.startsWith(`${ROUTES.bundleDone}?case=`)).toBe(true)
    const cases = backend.store.collection<any>('cases').all()
    expect(cases).toHaveLength(1)
    expect(cases[0].subCases).toHaveLength(5)
    expect(JSON.stringify(backend.store.collection<any>('bundleApplications').all())).toContain('440126198511203211')
    // the draft is gone; the done screen shows the case number
    expect(Object.keys(useDrafts.getState().drafts)).toEqual([])
    render(<DoneView caseId={cases[0].id} />)
    expect(screen.getByTestId('case-number').textContent).toBe(cases[0].number)
    redirect.mockRestore()
  })

  it('asks a resident to switch role for a business bundle', async () => {
    render(<GuidedApplication bundleId='drainage' />)
    expect(await screen.findByText('该一件事需以企业身份办理')).toBeInTheDocument()
    fireEvent.click(screen.getByText('切换为企业身份'))
    await screen.findByTestId('bundle-step-questions')
    expect(useSession.getState().user?.role).toBe('business')
  })
})

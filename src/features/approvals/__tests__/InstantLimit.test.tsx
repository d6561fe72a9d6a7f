import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useMockBackend, signInAs } from '../../../../test/mock-server'
import { clock } from '../../../../mock/clock'
import { ROUTES } from '@/shared/routes'
import { InstantApply } from '../index'

jest.setTimeout(20_000)

function type(testId: string, value: string) {
  fireEvent(screen.getByTestId(testId), new CustomEvent('input', { detail: { value }, bubbles: true }))
}

describe('秒批: the rule limit is checked while typing', () => {
  const { backend } = useMockBackend()
  beforeEach(() => clock.freeze('2026-11-23T09:10:00+08:00'))

  it('says 12 m² is over the 10 m² limit as it is typed, files nothing, and offers 转一般程序', async () => {
    await signInAs(backend, 'business')
    render(<InstantApply itemId='outdoor-ad-temp' />)
    await screen.findByTestId('field-area', {}, { timeout: 10_000 })
    type('field-area', '12')
    const notice = await screen.findByTestId('limit-exceeded', {}, { timeout: 5000 })
    expect(notice.textContent).toContain('单块面积 12 m² 超过秒批上限 10 m²')
    expect(screen.getByTestId('instant-submit')).toHaveAttribute('disabled')
    fireEvent.click(screen.getByTestId('instant-submit'))
    expect(backend.store.collection('cases').all()).toHaveLength(0)
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
    fireEvent.click(screen.getByTestId('to-normal'))
    expect(navigate).toHaveBeenCalledWith({ url: `${ROUTES.hallBooking}?itemId=outdoor-ad-temp` })
    navigate.mockRestore()
    // back under the limit: the notice goes and the form may be sent
    type('field-area', '10')
    await waitFor(() => expect(screen.queryByTestId('limit-exceeded')).toBeNull())
    expect(screen.getByTestId('instant-submit')).not.toHaveAttribute('disabled')
  })

  it('does not block a number whose excess goes to a person rather than a refusal (日排水量)', async () => {
    await signInAs(backend, 'business')
    render(<InstantApply itemId='drainage-permit' />)
    await screen.findByTestId('field-dailyVolume', {}, { timeout: 10_000 })
    type('field-dailyVolume', '9999')
    expect(screen.queryByTestId('limit-exceeded')).toBeNull()
    expect(screen.getByTestId('instant-submit')).not.toHaveAttribute('disabled')
  })
})

import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { PageHeader } from './PageHeader.h5'

const stack = (depth: number) => jest.spyOn(Taro, 'getCurrentPages').mockReturnValue(Array.from({ length: depth }, () => ({})) as never)

describe('PageHeader (H5)', () => {
  afterEach(() => jest.restoreAllMocks())

  it('titles a sub-page and goes back when there is somewhere to go back to', () => {
    stack(2)
    const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    render(<PageHeader ownPath='/subpackages/appointments/appointment/index?id=a1' />)
    expect(screen.getByTestId('page-header').textContent).toBe('预约详情')
    expect(screen.queryByRole('button', { name: '回到首页' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '返回' }))
    expect(back).toHaveBeenCalled()
  })

  it('offers home instead when the page was opened directly', () => {
    stack(1)
    const relaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
    render(<PageHeader ownPath='/subpackages/appointments/appointment/index' />)
    expect(screen.queryByRole('button', { name: '返回' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '回到首页' }))
    expect(relaunch).toHaveBeenCalledWith({ url: '/pages/home/index' })
  })

  it('stays off the tab pages, which the tab bar already leads to', () => {
    stack(2)
    const { container } = render(<PageHeader ownPath='/pages/safe/index' />)
    expect(container.innerHTML).toBe('')
  })
})

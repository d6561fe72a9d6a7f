import { render } from '@testing-library/react'
import { useSharePage, useShareSubject } from './share'

const captured: { app?: () => { title: string; path: string }; timeline?: () => { title: string; query: string } } = {}
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return {
    ...actual,
    __esModule: true,
    useShareAppMessage: (fn: () => { title: string; path: string }) => { captured.app = fn },
    useShareTimeline: (fn: () => { title: string; query: string }) => { captured.timeline = fn },
    useRouter: () => ({ path: '/subpackages/catalogue/item/index', params: { id: 'outdoor-ad-temp', $taroTimestamp: '123' } }),
  }
})

function ItemPage({ name }: { name?: string }) {
  useSharePage('share.item')
  useShareSubject(name)
  return null
}

describe('share cards', () => {
  it('name what the page shows once the screen has loaded it, for a chat and for Moments', () => {
    const { rerender } = render(<ItemPage />)
    expect(captured.app?.()).toEqual({ title: '办事指南 · 番禺政务', path: '/subpackages/catalogue/item/index?id=outdoor-ad-temp' })
    rerender(<ItemPage name='临时户外广告设置审批' />)
    expect(captured.app?.()).toEqual({ title: '临时户外广告设置审批 · 办事指南 · 番禺政务', path: '/subpackages/catalogue/item/index?id=outdoor-ad-temp' })
    expect(captured.timeline?.()).toEqual({ title: '临时户外广告设置审批 · 办事指南 · 番禺政务', query: 'id=outdoor-ad-temp' })
  })

  it('forget the name when the page goes away', () => {
    const { unmount } = render(<ItemPage name='临时户外广告设置审批' />)
    unmount()
    expect(captured.app?.().title).toBe('办事指南 · 番禺政务')
  })
})

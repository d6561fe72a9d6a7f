import { act, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useMockBackend, signInAs } from '../../../../test/mock-server'
import { useSession } from '@/shared/session'
import type { User } from '@/contract'
import { ForYou, PolicyArea } from '../index'
import { newMatchCount, useSeenMatches } from '../seen'

async function signIn(backend: Parameters<typeof signInAs>[0], role: 'business' | 'resident') {
  const token = await signInAs(backend, role)
  const me = await backend.handle({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })
  useSession.setState({ token, user: me.body as User })
}

describe('For you', () => {
  const { backend } = useMockBackend()
  beforeEach(() => {
    useSeenMatches.setState({ seen: {} })
    Taro.clearStorageSync()
  })
  afterEach(() => act(() => useSession.setState({ token: null, user: null })))

  it('lists the policies the business qualifies for, each with why and what it could get, and the near misses with what is missing', async () => {
    await signIn(backend, 'business')
    render(<ForYou />)
    await screen.findByTestId('matched-list')
    const cards = screen.getByTestId('matched-list').querySelectorAll('.policies-card')
    expect(cards).toHaveLength(6)
    expect(screen.getAllByTestId('match-reasons')).toHaveLength(6)
    const catering = screen.getByTestId('policy-catering-consumption')
    expect(catering).toHaveTextContent('住宿餐饮业促消费扶持')
    expect(catering).toHaveTextContent('行业为餐饮业，符合条件')
    expect(catering).toHaveTextContent('上年度营业收入 2,300 万元，满足不少于 200 万元')
    expect(catering).toHaveTextContent('预计可获8 万元')
    expect(screen.getByTestId('for-you-total')).toHaveTextContent('18.4 万元')
    const near = screen.getByTestId('near-list')
    expect(near).toHaveTextContent('差 2 名参保员工')
    expect(near).toHaveTextContent('研发投入差 2 万元')
    expect(near).toHaveTextContent('达标后预计可获')
  })

  it('counts the matches as seen once shown, so the badge clears', async () => {
    await signIn(backend, 'business')
    render(<PolicyArea initialTab='all' />)
    expect(await screen.findByTestId('new-matches-badge')).toHaveTextContent('6')
    act(() => { screen.getByTestId('policies-tab-for-you').click() })
    await screen.findByTestId('matched-list')
    await waitFor(() => expect(screen.queryByTestId('new-matches-badge')).toBeNull())
    expect(useSeenMatches.getState().seen['u-business']).toHaveLength(6)
    expect(newMatchCount(['a', 'b', 'c'], ['b'])).toBe(2)
  })

  it('asks a resident to switch to the business account', async () => {
    await signIn(backend, 'resident')
    render(<ForYou />)
    expect(await screen.findByText('切换到企业身份查看推荐')).toBeInTheDocument()
    expect(screen.getByText('去切换身份')).toBeInTheDocument()
  })

  it('shows an error with retry when the matches cannot be loaded, and recovers', async () => {
    await signIn(backend, 'business')
    backend.store.setMeta('networkDown', true)
    render(<ForYou />)
    expect(await screen.findByTestId('error-state', {}, { timeout: 4000 })).toHaveTextContent('网络连接失败')
    backend.store.setMeta('networkDown', false)
    act(() => { screen.getByText('重试').click() })
    expect(await screen.findByTestId('matched-list')).toBeInTheDocument()
  })
})

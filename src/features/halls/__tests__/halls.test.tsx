import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { openState } from '@/contract'
import { useMockBackend } from '../../../../test/mock-server'
import { clock } from '../../../../mock/clock'
import { sortHalls } from '../index'
import { BusyHours, HallDetailView, Recommendations } from '../screens'

jest.mock('mapbox-gl')

const TOWN_HOURS = [1, 2, 3, 4, 5].flatMap((weekday) => [{ weekday, open: '09:00', close: '12:00' }, { weekday, open: '14:00', close: '17:30' }])

describe('opening state', () => {
  it('is open inside a period and says when it closes', () => {
    expect(openState(TOWN_HOURS, 1, 9 * 60 + 30)).toEqual({ open: true, closesAt: '12:00' })
  })
  it('says when it opens next: after lunch, tomorrow, or after the weekend', () => {
    expect(openState(TOWN_HOURS, 1, 12 * 60 + 5)).toEqual({ open: false, opensIn: { days: 0, at: '14:00' } })
    expect(openState(TOWN_HOURS, 2, 18 * 60)).toEqual({ open: false, opensIn: { days: 1, at: '09:00' } })
    expect(openState(TOWN_HOURS, 5, 18 * 60)).toEqual({ open: false, opensIn: { days: 3, at: '09:00' } })
    expect(openState([], 5, 600)).toEqual({ open: false })
  })
})

describe('hall list order', () => {
  it('puts the nearest first when distances are known, else the centre first', () => {
    const h = (id: string, kind: 'centre' | 'town' | 'kiosk', distanceKm?: number) => ({ id, name: id, kind, distanceKm }) as never
    expect(sortHalls([h('k', 'kiosk', 0.4), h('c', 'centre', 3), h('t', 'town', 1)]).map((x: { id: string }) => x.id)).toEqual(['k', 't', 'c'])
    expect(sortHalls([h('k', 'kiosk'), h('t', 'town'), h('c', 'centre')]).map((x: { id: string }) => x.id)).toEqual(['c', 't', 'k'])
  })
})

describe('hall page', () => {
  useMockBackend()
  beforeEach(() => clock.freeze('2026-11-23T10:05:00+08:00'))

  it('shows the hall, its queue, and pages through the items it serves', async () => {
    render(<HallDetailView hallId='town-shiqiao' />)
    // the first hall page builds the catalogue and the hall's ticket history: give it time on a busy machine
    expect(await screen.findByText('市桥街便民服务中心', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.getByText(/营业中 · 12:00 结束/)).toBeInTheDocument()
    expect(screen.getByTestId('hall-queue').textContent).toMatch(/^\d+$/)
    expect(screen.getByTestId('hall-book')).toBeInTheDocument()
    expect(screen.getAllByTestId('hall-item')).toHaveLength(20)
    fireEvent.click(screen.getByText('加载更多事项'))
    await waitFor(() => expect(screen.getAllByTestId('hall-item')).toHaveLength(40))
  })

  it('shows a 政务晓屋 open round the clock (any hour, every day), lists what it can do, and books only its Saturday 云窗口', async () => {
    render(<HallDetailView hallId='kiosk-001' />)
    // the open state under the name and the opening hours both say so
    expect(await screen.findAllByText('24 小时开放', {}, { timeout: 8000 })).toHaveLength(2)
    expect(screen.getAllByText(/周六 09:00-12:00/).length).toBeGreaterThan(0)
    const services = screen.getAllByTestId('hall-service').map((el) => el.textContent)
    expect(services.length).toBeGreaterThanOrEqual(5)
    expect(services.join()).toContain('证明打印')
    expect(screen.queryByTestId('hall-queue')).toBeNull()
    expect(screen.getByTestId('hall-book')).toHaveTextContent('预约云窗口')
  }, 15_000)

  it('draws busy hours for the chosen weekday with the quiet hour named', async () => {
    render(<BusyHours hallId='centre' />)
    // from the seeded ticket history (mock/visit/busy.ts): deterministic, the last open hour is the quietest on Mondays
    // the chart opens on the phone's weekday: pick Monday, whatever day the suite runs
    fireEvent.click(await screen.findByText('周一', {}, { timeout: 10_000 }))
    expect(screen.getByTestId('busy-summary')).toHaveTextContent('周一通常 17:00 人少')
    fireEvent.click(screen.getByText('周日'))
    expect(screen.getByText('周日不开放')).toBeInTheDocument()
    // Saturday mornings are the 政务晓屋's 云窗口: the centre's counters are closed
    fireEvent.click(screen.getByText('周六'))
    expect(screen.getByText('周六不开放')).toBeInTheDocument()
    fireEvent.click(screen.getByText('周五'))
    expect(screen.getByTestId('busy-summary')).toHaveTextContent(/周五通常 \d\d:00 人少/)
  })
})

describe('recommendations', () => {
  useMockBackend()
  beforeEach(() => clock.freeze('2026-11-23T09:10:00+08:00'))

  it('ranks halls for an item with the reason, and hands the chosen one back', async () => {
    const onPick = jest.fn()
    render(<Recommendations itemId='residence-permit' onPick={onPick} />)
    const cards = await screen.findAllByTestId('recommendation')
    expect(cards.length).toBeGreaterThan(1)
    expect(cards[0]).toHaveTextContent(/有号 · 通常/)
    fireEvent.click(cards[0])
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ rank: 1, earliestStart: expect.stringMatching(/\+08:00$/) }))
  })
})

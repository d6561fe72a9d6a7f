import { act, fireEvent, render, screen } from '@testing-library/react'
import type { SafeCode } from '@/contract'
import { CodeDisplay, REFRESH_LEAD_MS } from '../index'

const T0 = new Date('2026-11-23T02:00:00Z').getTime()

function code(id: string, expiresInMs: number): SafeCode {
  return {
    id,
    purpose: 'submit',
    state: 'active',
    code: `PYSC1.payload-${id}.signature`,
    shortCode: '12345678',
    documents: [{ id: 'a', name: '居民身份证' }],
    createdAt: new Date(T0).toISOString(),
    expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  }
}

describe('CodeDisplay', () => {
  beforeEach(() => {
    jest.useFakeTimers()
    jest.setSystemTime(T0)
  })
  afterEach(() => jest.useRealTimers())

  it('counts down the 5 minutes the code is valid for, asks for a fresh code once, 30 s before expiry', () => {
    const onRefresh = jest.fn()
    const first = code('c1', 5 * 60_000)
    const { rerender } = render(<CodeDisplay code={first} onRefresh={onRefresh} onRevoke={() => undefined} />)
    // "5 分钟内有效" and the timer agree
    expect(screen.getByText(/5 分钟内有效/)).toBeInTheDocument()
    expect(screen.getByTestId('code-countdown').textContent).toContain('05:00 后失效')
    expect(screen.getByTestId('code-digits').textContent).toBe('1234 5678')
    expect(screen.getByTestId('code-scope').textContent).toContain('居民身份证')
    act(() => { jest.advanceTimersByTime(60_000) })
    expect(screen.getByTestId('code-countdown').textContent).toContain('04:00')
    act(() => { jest.advanceTimersByTime(5 * 60_000 - 60_000 - REFRESH_LEAD_MS - 1000) })
    expect(screen.getByTestId('code-countdown').textContent).toContain('00:31')
    expect(onRefresh).not.toHaveBeenCalled()
    act(() => { jest.advanceTimersByTime(1000) })
    expect(onRefresh).toHaveBeenCalledTimes(1)
    act(() => { jest.advanceTimersByTime(5000) })
    expect(onRefresh).toHaveBeenCalledTimes(1)
    expect(screen.getByTestId('code-countdown').textContent).toContain('00:25')
    // the new code starts its own countdown
    rerender(<CodeDisplay code={code('c2', 5 * 60_000)} onRefresh={onRefresh} onRevoke={() => undefined} />)
    expect(screen.getByTestId('code-countdown').textContent).toContain('05:00')
  })

  it('tells a screen reader the same minutes the timer shows', () => {
    render(<CodeDisplay code={code('c1', 5 * 60_000)} onRefresh={() => undefined} onRevoke={() => undefined} />)
    const minutesShown = () => Number(/(\d\d):\d\d/.exec(screen.getByTestId('code-countdown').textContent!)![1])
    for (const step of [1000, 60_000, 90_000, 59_000]) {
      act(() => { jest.advanceTimersByTime(step) })
      expect(screen.getByTestId('code-announce').textContent).toContain(`还可使用 ${minutesShown()} 分多钟`)
    }
    act(() => { jest.advanceTimersByTime(60_000) })
    expect(minutesShown()).toBe(0)
    expect(screen.getByTestId('code-announce').textContent).toContain('不到 1 分钟')
  })

  it('veils a used code and offers a new one instead of counting down', () => {
    const onRefresh = jest.fn()
    render(<CodeDisplay code={code('c1', 60_000)} state='used' onRefresh={onRefresh} onRevoke={() => undefined} />)
    expect(screen.getByText('此码已被窗口使用')).toBeInTheDocument()
    expect(screen.queryByTestId('code-countdown')).toBeNull()
    expect(screen.queryByTestId('code-digits')).toBeNull()
    act(() => { jest.advanceTimersByTime(60_000) })
    expect(onRefresh).not.toHaveBeenCalled()
    fireEvent.click(screen.getByTestId('code-again'))
    expect(onRefresh).toHaveBeenCalledTimes(1)
  })
})

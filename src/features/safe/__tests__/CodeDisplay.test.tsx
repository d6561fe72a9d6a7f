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

  it('counts down to the refresh, asks for a fresh code once, 30 s before expiry', () => {
    const onRefresh = jest.fn()
    const first = code('c1', 5 * 60_000)
    const { rerender } = render(<CodeDisplay code={first} onRefresh={onRefresh} onRevoke={() => undefined} />)
    expect(screen.getByTestId('code-countdown').textContent).toContain('04:30 后自动刷新')
    expect(screen.getByTestId('code-digits').textContent).toBe('1234 5678')
    expect(screen.getByTestId('code-scope').textContent).toContain('居民身份证')
    act(() => { jest.advanceTimersByTime(60_000) })
    expect(screen.getByTestId('code-countdown').textContent).toContain('03:30')
    act(() => { jest.advanceTimersByTime(5 * 60_000 - 60_000 - REFRESH_LEAD_MS - 1000) })
    expect(screen.getByTestId('code-countdown').textContent).toContain('00:01')
    expect(onRefresh).not.toHaveBeenCalled()
    act(() => { jest.advanceTimersByTime(1000) })
    expect(onRefresh).toHaveBeenCalledTimes(1)
    act(() => { jest.advanceTimersByTime(5000) })
    expect(onRefresh).toHaveBeenCalledTimes(1)
    expect(screen.getByTestId('code-countdown').textContent).toContain('00:00')
    // the new code starts its own countdown
    rerender(<CodeDisplay code={code('c2', 5 * 60_000)} onRefresh={onRefresh} onRevoke={() => undefined} />)
    expect(screen.getByTestId('code-countdown').textContent).toContain('04:30')
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

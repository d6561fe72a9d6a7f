import { act, renderHook } from '@testing-library/react'
import { formatDateTime, formatShortDateTime, nowMs, syncServerTime, useNow } from './index'

describe('district time', () => {
  afterEach(() => syncServerTime(Date.now()))

  it('formats a moment in Asia/Shanghai whatever the device zone', () => {
    expect(formatDateTime('2026-11-23T17:05:00Z')).toBe('2026-11-24 01:05')
    expect(formatShortDateTime('2026-11-23T17:05:00Z')).toBe('11-24 01:05')
  })

  it('follows the server clock', () => {
    syncServerTime(Date.now() + 60_000)
    expect(nowMs() - Date.now()).toBeGreaterThanOrEqual(59_000)
  })
})

describe('useNow', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('moves on every interval', () => {
    const { result } = renderHook(() => useNow(1000))
    const first = result.current
    act(() => { jest.advanceTimersByTime(3000) })
    expect(result.current - first).toBeGreaterThanOrEqual(3000)
  })
})

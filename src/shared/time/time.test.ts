import { act, renderHook } from '@testing-library/react'
import { formatDateTime, formatShortDateTime, nowMs, syncServerTime, today, useNow } from './index'

describe('district time', () => {
  afterEach(() => syncServerTime(Date.now()))

  it('formats a moment in Asia/Shanghai whatever the device zone', () => {
    expect(formatDateTime('2026-11-23T17:05:00Z')).toBe('2026-11-24 01:05')
    expect(formatShortDateTime('2026-11-23T17:05:00Z')).toBe('11-24 01:05')
  })

  it("takes today from the server's clock, and ignores readings that are not times", () => {
    syncServerTime(Date.parse('2031-05-05T16:30:00Z'))
    syncServerTime(Number.NaN)
    syncServerTime(0)
    // 00:30 on the 6th in Shanghai, whatever the device's date and zone
    expect(today()).toBe('2031-05-06')
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

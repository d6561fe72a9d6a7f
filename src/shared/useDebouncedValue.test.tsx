import { act, renderHook } from '@testing-library/react'
import { TYPING_PAUSE_MS, useDebouncedValue } from './useDebouncedValue'

describe('useDebouncedValue', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('passes a value on only after typing pauses', () => {
    const { result, rerender } = renderHook(({ value }) => useDebouncedValue(value), { initialProps: { value: '' } })
    rerender({ value: '稳' })
    act(() => { jest.advanceTimersByTime(TYPING_PAUSE_MS - 50) })
    rerender({ value: '稳岗' })
    act(() => { jest.advanceTimersByTime(TYPING_PAUSE_MS - 50) })
    expect(result.current).toBe('')
    act(() => { jest.advanceTimersByTime(50) })
    expect(result.current).toBe('稳岗')
  })

  it('clears at once', () => {
    const { result, rerender } = renderHook(({ value }) => useDebouncedValue(value), { initialProps: { value: '稳岗' } })
    rerender({ value: '' })
    expect(result.current).toBe('')
  })
})

import { act, renderHook, waitFor } from '@testing-library/react'
import { ApiError } from './errors'
import { useMutation } from './useMutation'
import { useResource } from './useResource'

const lostAnswer = () => new ApiError(0, 'NETWORK', 'offline')
const refused = () => new ApiError(409, 'SLOT_FULL', 'full')

describe('useMutation', () => {
  it('sends once for a double tap, and is busy while it runs', async () => {
    let finish: (v: string) => void = () => undefined
    const perform = jest.fn(() => new Promise<string>((resolve) => { finish = resolve }))
    const { result } = renderHook(() => useMutation(perform))
    let first: Promise<string | undefined> = Promise.resolve(undefined)
    let second: Promise<string | undefined> = Promise.resolve(undefined)
    act(() => { first = result.current.run(); second = result.current.run() })
    expect(result.current.busy).toBe(true)
    await act(async () => { finish('made'); await first })
    expect(await second).toBeUndefined()
    expect(await first).toBe('made')
    expect(perform).toHaveBeenCalledTimes(1)
    expect(result.current.busy).toBe(false)
  })

  it('retries a lost answer with the same key, and a new submission after success or a refusal gets a new one', async () => {
    const outcomes: Array<() => Promise<string>> = [
      () => Promise.reject(lostAnswer()),
      () => Promise.resolve('made'),
      () => Promise.reject(refused()),
      () => Promise.resolve('made again'),
    ]
    const keys: string[] = []
    const { result } = renderHook(() => useMutation((key: string) => { keys.push(key); return outcomes.shift()!() }))
    await act(async () => { await result.current.run() })
    expect(result.current.error).toBeInstanceOf(ApiError)
    await act(async () => { await result.current.run() })
    expect(result.current.error).toBeUndefined()
    await act(async () => { await result.current.run() })
    expect((result.current.error as ApiError).code).toBe('SLOT_FULL')
    await act(async () => { await result.current.run() })
    expect(keys[1]).toBe(keys[0])
    expect(new Set(keys).size).toBe(3)
    expect(keys[3]).not.toBe(keys[2])
  })

  it('reloads the reads it touches once it succeeds, and only those', async () => {
    let count = 0
    const read = jest.fn(async () => ++count)
    const other = jest.fn(async () => 0)
    const screen = renderHook(() => [useResource(read, [], { tags: ['appointments'] }), useResource(other, [], { tags: ['cases'] })] as const)
    await waitFor(() => expect(screen.result.current[0].data).toBe(1))
    const { result } = renderHook(() => useMutation(async () => 'booked', { invalidates: ['appointments'] }))
    await act(async () => { await result.current.run() })
    await waitFor(() => expect(screen.result.current[0].data).toBe(2))
    expect(other).toHaveBeenCalledTimes(1)
  })
})

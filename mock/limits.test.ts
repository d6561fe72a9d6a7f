import { jsonDepthExceeds, utf8Length, valueDepthExceeds, MAX_BODY_BYTES } from './limits'
import { stableHash } from './http'

describe('transport limits', () => {
  it('measures JSON nesting in one pass, ignoring brackets inside strings', () => {
    expect(jsonDepthExceeds('{"a":[1,{"b":2}]}', 3)).toBe(false)
    expect(jsonDepthExceeds('{"a":[1,{"b":2}]}', 2)).toBe(true)
    expect(jsonDepthExceeds(JSON.stringify({ text: '[[[[[[{{{{{{' }), 1)).toBe(false)
    expect(jsonDepthExceeds(JSON.stringify({ text: 'a\\"[[[[' }), 1)).toBe(false)
    const deep = '['.repeat(6000) + ']'.repeat(6000)
    expect(jsonDepthExceeds(deep, 32)).toBe(true)
    expect(jsonDepthExceeds('['.repeat(32) + ']'.repeat(32), 32)).toBe(false)
    expect(jsonDepthExceeds('['.repeat(33) + ']'.repeat(33), 32)).toBe(true)
  })

  it('measures parsed values without recursion, a cycle counting as too deep', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(valueDepthExceeds(deep, 32)).toBe(true)
    expect(valueDepthExceeds({ a: { b: [1, 2, { c: 3 }] } }, 32)).toBe(false)
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(valueDepthExceeds(cycle, 32)).toBe(true)
  })

  it('counts UTF-8 bytes where a body comes near the limit', () => {
    expect(utf8Length('abc')).toBe(3)
    const chinese = '政'.repeat(MAX_BODY_BYTES / 3 + 1)
    expect(utf8Length(chinese)).toBe(chinese.length * 3)
    expect(utf8Length('😀'.repeat(MAX_BODY_BYTES / 4))).toBe(MAX_BODY_BYTES)
  })

  it('hashes anything without throwing: deep, cyclic, BigInt', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    for (const value of [deep, cycle, { n: BigInt(1) }, undefined]) expect(typeof stableHash(value)).toBe('string')
    expect(stableHash(cycle)).not.toBe(stableHash(cycle))
    expect(stableHash({ a: 1 })).toBe(stableHash({ a: 1 }))
  })
})

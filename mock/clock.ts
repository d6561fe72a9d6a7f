/**
 * The mock backend's one clock. Expiry, slots and case progress read it, so
 * tests (and `POST /api/dev/clock`) can move time instead of waiting.
 */
let offsetMs = 0
let frozenAt: number | null = null

export const clock = {
  now(): Date {
    return new Date(this.nowMs())
  },
  nowMs(): number {
    return (frozenAt ?? Date.now()) + offsetMs
  },
  advance(ms: number): void {
    offsetMs += ms
  },
  /** Stop time at `at` (tests). */
  freeze(at: Date | string | number): void {
    frozenAt = new Date(at).getTime()
    offsetMs = 0
  },
  offset(): number {
    return offsetMs
  },
  setOffset(ms: number): void {
    offsetMs = ms
  },
  reset(): void {
    offsetMs = 0
    frozenAt = null
  },
}

import { num, v } from './schema'

/** The mock's dev controls (mock only; they exist while its dev switch is on). */

/** Ten years of minutes: far enough for any expiry or payout, near enough that dates stay dates. */
export const MAX_ADVANCE_MINUTES = 10 * 366 * 24 * 60

/** POST /api/dev/clock: move the mock's clock forward. */
export const DevClockBody = v.strictObject({
  advanceMinutes: num(0, MAX_ADVANCE_MINUTES, `应为 0 到 ${MAX_ADVANCE_MINUTES} 之间的分钟数（十年以内）`),
})
export type DevClockRequest = v.InferOutput<typeof DevClockBody>

/** POST /api/dev/network: the failure switch. */
export const DevNetworkBody = v.strictObject({
  down: v.boolean('应为 true 或 false'),
})
export type DevNetworkRequest = v.InferOutput<typeof DevNetworkBody>

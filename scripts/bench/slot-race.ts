import { performance } from 'node:perf_hooks'
import { startBackend } from '../../mock/backend'
import { memoryAdapter } from '../../mock/store'
import { createSession } from '../../mock/account/domain'
import type { UserRecord } from '../../mock/account/users'
import type { SlotsResponse } from '../../src/contract'

export const name = 'booking race: 1,000 parallel requests for one 10-seat slot'

const PEOPLE = 1000
const ITEM = 'residence-permit'

/** 1,000 different people book the same free 10-seat slot at once: exactly 10 must get it. */
export async function run(): Promise<void> {
  const backend = startBackend(memoryAdapter())
  backend.store.ensureSeeded()
  // a slot nobody else holds: the district centre, the first empty 10-seat slot in the window
  let start: string | undefined
  for (let d = 3; d < 7 && !start; d++) {
    const date = new Date(Date.now() + 8 * 3600_000 + d * 86_400_000).toISOString().slice(0, 10)
    const res = await backend.handle({ method: 'GET', url: `/api/halls/centre/slots?itemId=${ITEM}&date=${date}`, headers: {} })
    start = (res.body as SlotsResponse).items?.find((s) => s.capacity === 10 && s.booked === 0)?.start
  }
  if (!start) throw new Error('no empty 10-seat slot in the next week')
  const tokens = Array.from({ length: PEOPLE }, (_, i) =>
    createSession(backend.store, { id: `u-bench-${i}`, role: 'resident', name: `居民${i}` } as UserRecord, 'demo', Date.now()).token)
  const t0 = performance.now()
  const responses = await Promise.all(Array.from({ length: PEOPLE }, (_, i) => backend.handle({
    method: 'POST', url: '/api/appointments', body: { hallId: 'centre', itemId: ITEM, start },
    headers: { authorization: `Bearer ${tokens[i]}`, 'idempotency-key': `bench-key-${i}` },
  })))
  const ms = performance.now() - t0
  const counts: Record<string, number> = {}
  for (const r of responses) {
    const key = r.status === 201 ? 'booked' : (r.body as { error: { code: string } }).error.code
    counts[key] = (counts[key] ?? 0) + 1
  }
  const ok = counts.booked === 10 && counts.SLOT_FULL === PEOPLE - 10 && Object.keys(counts).length === 2
  console.log(`slot ${start}: ${counts.booked ?? 0} booked, ${counts.SLOT_FULL ?? 0} SLOT_FULL${ok ? '' : ` (UNEXPECTED: ${JSON.stringify(counts)})`}`)
  console.log(`${PEOPLE} requests in ${ms.toFixed(0)} ms (${(ms / PEOPLE).toFixed(2)} ms each)`)
  if (!ok) process.exitCode = 1
}

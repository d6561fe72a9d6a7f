import { performance } from 'node:perf_hooks'
import { startBackend } from '../../mock/backend'
import { memoryAdapter } from '../../mock/store'

export const name = 'mock start-up and GET /api/halls'

/** The weapp mock builds its catalogue and halls at start-up: how long that takes, and a hall list after it. */
export async function run(): Promise<void> {
  const t0 = performance.now()
  const backend = startBackend(memoryAdapter())
  await backend.handle({ method: 'GET', url: '/api/halls', headers: {} })
  const first = performance.now() - t0
  const times: number[] = []
  for (let i = 0; i < 50; i++) {
    const t = performance.now()
    await backend.handle({ method: 'GET', url: '/api/halls', headers: {} })
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  console.log(`first request (cold, builds catalogue): ${first.toFixed(1)} ms`)
  console.log(`GET /api/halls p50 ${times[25].toFixed(2)} ms, p95 ${times[47].toFixed(2)} ms`)
}

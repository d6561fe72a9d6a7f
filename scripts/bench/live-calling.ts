import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import { setupServer } from 'msw/node'
import { startBackend } from '../../mock/backend'
import { clock } from '../../mock/clock'
import type { Backend } from '../../mock/http'
import { memoryAdapter } from '../../mock/store'
import { createMockServer } from '../../mock/transports/server'
import { mswHandlers } from '../../mock/transports/msw-handlers'
import type { Ticket } from '../../src/contract'

export const name = 'live calling: clerk call → resident has the window (long polling), 100 calls per transport'

const CALLS = 100
type Send = (method: string, url: string, token?: string, body?: unknown) => Promise<Record<string, unknown>>

const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]

function inProcess(backend: Backend): Send {
  return async (method, url, token, body) => (await backend.handle({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, body })).body as Record<string, unknown>
}

function overFetch(base: string): Send {
  return async (method, url, token, body) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return res.json()
  }
}

/**
 * One resident at a time: take a ticket, hold a read with its version, the
 * clerk calls next; the time from sending the call to the held read's answer
 * naming the window. What the app adds on top (a React render) is measured by
 * the e2e journey on the real screen.
 */
async function measure(send: Send): Promise<number[]> {
  const resident = (await send('POST', '/api/auth/demo-login', undefined, { role: 'resident' })).token as string
  const clerk = (await send('POST', '/api/auth/staff-login', undefined, { staffId: 'PY0801', password: 'panyu-demo' })).token as string
  const latencies: number[] = []
  for (let i = 0; i < CALLS; i++) {
    const ticket = (await send('POST', '/api/tickets', resident, { hallId: 'centre', itemId: 'birth-ss-card' })) as unknown as Ticket
    if (!ticket.id) throw new Error(`no ticket: ${JSON.stringify(ticket)}`)
    let calledAt = 0
    const held = (async () => {
      let version = ticket.version
      for (;;) {
        const next = (await send('GET', `/api/tickets/${ticket.id}?waitForVersion=${version}`, resident)) as unknown as Ticket
        if (next.status === 'called' && next.calledTo) return performance.now() - calledAt
        version = next.version
      }
    })()
    // let the held read reach the server before the call
    await new Promise((resolve) => setTimeout(resolve, 5))
    calledAt = performance.now()
    await send('POST', '/api/clerk/window/call-next', clerk)
    latencies.push(await held)
    await send('POST', '/api/clerk/window/complete', clerk, { outcome: 'done' })
  }
  return latencies.sort((a, b) => a - b)
}

function report(label: string, sorted: number[]) {
  console.log(`${label.padEnd(34)} p50 ${pct(sorted, 0.5).toFixed(1)} ms  p95 ${pct(sorted, 0.95).toFixed(1)} ms  max ${sorted[sorted.length - 1].toFixed(1)} ms  (n=${sorted.length})`)
}

export async function run(): Promise<void> {
  // a Monday morning, when the centre issues tickets
  clock.freeze('2026-11-23T10:00:00+08:00')
  try {
    report('in-process (weapp interceptor path)', await measure(inProcess(startBackend(memoryAdapter()))))

    const mswBackend = startBackend(memoryAdapter())
    const msw = setupServer(...mswHandlers(mswBackend))
    msw.listen({ onUnhandledRequest: 'error' })
    try {
      report('msw (jest / browser worker path)', await measure(overFetch('http://mock.local')))
    } finally {
      msw.close()
    }

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-live-'))
    const server = createMockServer(path.join(dir, 'db.json'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      report('HTTP server (npm run mock:server)', await measure(overFetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)))
    } finally {
      server.closeAllConnections?.()
      server.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  } finally {
    clock.reset()
  }
}

/** For route tests: a seeded in-memory backend at a frozen time, and one call through its router. */
import { startBackend } from './backend'
import type { Backend } from './http'
import { memoryAdapter } from './store'
import { clock } from './clock'

export function seededBackend(at: Date): Backend {
  clock.freeze(at)
  const backend = startBackend(memoryAdapter())
  backend.store.ensureSeeded()
  return backend
}

export async function call(backend: Backend, method: string, url: string, token?: string, body?: unknown) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any field of any answer
  return (await backend.handle({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, body })) as { status: number; body: any }
}

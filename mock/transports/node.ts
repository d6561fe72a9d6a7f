import { setupServer } from 'msw/node'
import { startBackend } from '../backend'
import { memoryAdapter } from '../store'
import { mswHandlers } from './msw-handlers'

/** jest: msw/node over a fresh in-memory backend. */
export function setupMockServer() {
  const backend = startBackend(memoryAdapter())
  const server = setupServer(...mswHandlers(backend))
  return { server, backend }
}

import { setupWorker } from 'msw/browser'
import { startBackend } from '../backend'
import type { PersistenceAdapter } from '../store'
import { mswHandlers } from './msw-handlers'

const STORAGE_KEY = 'mock-backend-state'

const localStorageAdapter: PersistenceAdapter = {
  load: () => window.localStorage.getItem(STORAGE_KEY),
  save: (json) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, json)
    } catch {
      // Storage full or blocked (private mode): the mock keeps working in memory.
    }
  },
}

/** The H5 app's mock: msw's service worker answering /api/ from the routes, state in localStorage. */
export async function startMockWorker(): Promise<void> {
  const backend = startBackend(localStorageAdapter)
  const worker = setupWorker(...mswHandlers(backend))
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
}

import { setupWorker } from 'msw/browser'
import { createBackend } from '../http'
import { openStore } from '../open-store'
import { BROWSER_EAGER_ROUTES, LAZY_ROUTE_MODULES } from '../routes/lazy'
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

/** The H5 app's mock: msw's service worker answering /api/ from the routes (each resource's loaded on first use), state in localStorage. */
export async function startMockWorker(): Promise<void> {
  const backend = createBackend(openStore(localStorageAdapter), BROWSER_EAGER_ROUTES, LAZY_ROUTE_MODULES)
  const worker = setupWorker(...mswHandlers(backend))
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
}

import { setupWorker } from 'msw/browser'
import { createBackend } from '../http'
import { openStore } from '../open-store'
import { MOCK_FEATURES } from '../features'
import type { PersistenceAdapter } from '../store'
import { mswHandlers } from './msw-handlers'

const STORAGE_KEY = 'mock-backend-state'

/**
 * How long the worker may take to register and take control before the page
 * answers by itself. A first visit on a slow phone takes well under a second;
 * a browser that never settles the registration would otherwise leave every
 * request waiting.
 */
const WORKER_TIMEOUT_MS = 4000

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

export type MockTransport = 'worker' | 'in-page'

/**
 * The H5 app's mock: msw's service worker answering /api/ from the routes (each
 * resource's loaded on first use), state in localStorage. Without a working
 * service worker the same handlers answer inside the page, over the same
 * localStorage state. Which one runs is written on <html data-mock> (e2e checks it).
 */
export async function startMockWorker(): Promise<MockTransport> {
  const backend = createBackend(openStore(localStorageAdapter), MOCK_FEATURES)
  const handlers = mswHandlers(backend)
  const transport = (await workerStarted(handlers)) ? 'worker' : 'in-page'
  if (transport === 'in-page') {
    const { interceptInPage } = await import(/* webpackChunkName: "mock-in-page" */ './in-page')
    interceptInPage(handlers)
  }
  document.documentElement.dataset.mock = transport
  return transport
}

async function workerStarted(handlers: ReturnType<typeof mswHandlers>): Promise<boolean> {
  // msw answers in the page by itself when navigator.serviceWorker is missing; the in-page
  // interceptor below does the same, and also covers a registration that fails or hangs.
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return false
  // msw refreshes an installed worker with registration.update() and never awaits it. A refresh that fails
  // (offline, or the site mid-deploy) leaves the installed worker answering, so it is not the page's error.
  window.addEventListener('unhandledrejection', (event) => {
    if (String(event.reason).includes('mockServiceWorker.js')) event.preventDefault()
  })
  const worker = setupWorker(...handlers)
  let timer: ReturnType<typeof setTimeout> | undefined
  const timedOut = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), WORKER_TIMEOUT_MS) })
  const started = worker
    .start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true })
    .then(() => true, () => false)
  // A worker that takes control after the timeout sees no /api/ request: the page's patched fetch answers first.
  const result = await Promise.race([started, timedOut])
  clearTimeout(timer)
  return result
}

import { createBackend, type Backend, type RouteModule } from './http'
import type { PersistenceAdapter } from './store'
import { openStore } from './open-store'
import { authRoutes } from './routes/auth'
import { catalogueRoutes } from './routes/catalogue'
import { hallRoutes } from './routes/halls'
import { appointmentRoutes } from './routes/appointments'
import { safeRoutes } from './routes/safe'
import { bundleRoutes } from './routes/bundles'
import { clerkRoutes } from './routes/clerk'
import { policyRoutes } from './routes/policies'
import { devRoutes } from './routes/dev'
import { approvalRoutes } from './routes/approvals'
import { caseRoutes } from './routes/cases'
import { timeRoutes } from './routes/time'
import { searchRoutes } from './routes/search'
import { ticketRoutes } from './routes/tickets'
import { mailRoutes } from './mail/routes'

/** Every resource's routes; a feature adds its module here. */
export const ROUTE_MODULES: RouteModule[] = [
  timeRoutes,
  authRoutes,
  catalogueRoutes,
  hallRoutes,
  appointmentRoutes,
  safeRoutes,
  bundleRoutes,
  clerkRoutes,
  policyRoutes,
  approvalRoutes,
  caseRoutes,
  searchRoutes,
  ticketRoutes,
  mailRoutes,
  devRoutes,
]

export interface BackendOptions {
  /**
   * The mock's dev switch: the /api/dev/* controls (reset, clock, network) exist only while it is on.
   * On in the app's in-process mocks and in tests; the HTTP server turns it off under NODE_ENV=production
   * unless MOCK_DEV=1 (see server.ts).
   */
  dev?: boolean
}

/** One backend over one store with every route loaded: Node, jest, the HTTP server and weapp (which has no dynamic import). */
export function startBackend(adapter?: PersistenceAdapter, { dev = true }: BackendOptions = {}): Backend {
  const store = openStore(adapter)
  store.dev = dev
  return createBackend(store, dev ? ROUTE_MODULES : ROUTE_MODULES.filter((module) => module !== devRoutes))
}

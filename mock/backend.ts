import { createBackend, type Backend, type RouteModule } from './http'
import { Store, type PersistenceAdapter } from './store'
import { clock } from './clock'
import { seedUsers } from './domain/auth'
import { seedLicences } from './domain/safe-seed'
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

/** Every resource's routes; a feature adds its module here. */
export const ROUTE_MODULES: RouteModule[] = [
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
  devRoutes,
]

/** One backend over one store, whatever the transport. */
export function startBackend(adapter?: PersistenceAdapter): Backend {
  const store = new Store(adapter)
  store.addSeeder(seedUsers)
  store.addSeeder((s) => seedLicences(s, clock.now().toISOString()))
  // The moved clock survives a reload like the rest of the state.
  clock.setOffset(store.getMeta<number>('clockOffset') ?? 0)
  return createBackend(store, ROUTE_MODULES)
}

import { createBackend, type Backend, type RouteModule } from './http'
import { Store, type PersistenceAdapter } from './store'
import { clock } from './clock'
import { seedUsers } from './domain/auth'
import { seedLicences } from './domain/safe-seed'
import { authRoutes } from './routes/auth'
import { catalogueRoutes } from './routes/catalogue'
import { hallRoutes } from './routes/halls'
import { safeRoutes } from './routes/safe'
import { devRoutes } from './routes/dev'

/** Every resource's routes; a feature adds its module here. */
export const ROUTE_MODULES: RouteModule[] = [
  authRoutes,
  catalogueRoutes,
  hallRoutes,
  safeRoutes,
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

import { createBackend, loadRouteModules, type Backend, type RouteModule } from './http'
import type { PersistenceAdapter } from './store'
import { openStore } from './open-store'
import { MOCK_FEATURES } from './features'

export interface BackendOptions {
  /**
   * The mock's dev switch: the /api/dev/* controls (reset, clock, network) exist only while it is on.
   * On in the app's in-process mocks and in tests; the HTTP server turns it off under NODE_ENV=production
   * unless MOCK_DEV=1 (see server.ts).
   */
  dev?: boolean
}

const featuresFor = (dev: boolean) => (dev ? MOCK_FEATURES : MOCK_FEATURES.filter((feature) => !feature.devOnly))

/** One backend over one store: Node, jest, the HTTP server, weapp and the browser's worker. */
export function startBackend(adapter?: PersistenceAdapter, { dev = true }: BackendOptions = {}): Backend {
  const store = openStore(adapter)
  store.dev = dev
  return createBackend(store, featuresFor(dev))
}

/** Every route module, loaded (the schema and sweep tests list the routes). */
export function allRouteModules(): Promise<RouteModule[]> {
  return loadRouteModules(MOCK_FEATURES)
}

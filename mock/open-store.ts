import { Store, type PersistenceAdapter } from './store'
import { clock } from './clock'
import { seedUsers } from './account/domain'
import { seedLicences } from './safe/seed'

/** The backend's store with its seeders and the moved clock, whatever routes run over it. */
export function openStore(adapter?: PersistenceAdapter): Store {
  const store = new Store(adapter)
  store.addSeeder(seedUsers)
  store.addSeeder((s) => seedLicences(s, clock.now().toISOString()))
  // The moved clock survives a reload like the rest of the state.
  clock.setOffset(store.getMeta<number>('clockOffset') ?? 0)
  return store
}

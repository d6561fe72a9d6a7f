/**
 * The mock's mutable state (seed-derived reference data such as halls and
 * items is rebuilt at start-up and never stored). Each feature keeps its own
 * collection; the whole state is saved through one persistence adapter:
 * memory (jest), browser storage (H5), Taro storage (weapp) or a JSON file
 * (the HTTP server).
 */
export interface PersistenceAdapter {
  load(): string | null
  save(json: string): void
}

export const memoryAdapter = (): PersistenceAdapter => {
  let saved: string | null = null
  return { load: () => saved, save: (json) => { saved = json } }
}

type Collections = Record<string, Record<string, unknown>>

interface StoredState {
  version: number
  collections: Collections
  meta: Record<string, unknown>
}

const STATE_VERSION = 1

export class Store {
  private state: StoredState
  private seeders: Array<(store: Store) => void> = []

  constructor(private adapter: PersistenceAdapter = memoryAdapter()) {
    this.state = this.read()
  }

  private read(): StoredState {
    try {
      const json = this.adapter.load()
      if (json) {
        const parsed = JSON.parse(json) as StoredState
        if (parsed.version === STATE_VERSION) return parsed
      }
    } catch {
      // A corrupt saved state is replaced by the seed, as after a reset.
    }
    return { version: STATE_VERSION, collections: {}, meta: { seeded: false } }
  }

  /** Seeders put the demo users' starting data in; they run once per fresh state. */
  addSeeder(seed: (store: Store) => void): void {
    this.seeders.push(seed)
  }

  ensureSeeded(): void {
    if (this.state.meta.seeded) return
    for (const seed of this.seeders) seed(this)
    this.state.meta.seeded = true
    this.persist()
  }

  collection<T>(name: string): Collection<T> {
    if (!this.state.collections[name]) this.state.collections[name] = {}
    return new Collection<T>(this.state.collections[name] as Record<string, T>, () => this.schedulePersist())
  }

  getMeta<T>(key: string): T | undefined {
    return this.state.meta[key] as T | undefined
  }

  setMeta(key: string, value: unknown): void {
    this.state.meta[key] = value
    this.persist()
  }

  reset(): void {
    this.state = { version: STATE_VERSION, collections: {}, meta: { seeded: false } }
    this.ensureSeeded()
  }

  private persistQueued = false

  /**
   * One request may change many rows; the whole state is written once, after
   * the current task, instead of once per row.
   */
  private schedulePersist(): void {
    if (this.persistQueued) return
    this.persistQueued = true
    Promise.resolve().then(() => {
      this.persistQueued = false
      this.persist()
    })
  }

  persist(): void {
    this.adapter.save(JSON.stringify(this.state))
  }
}

export class Collection<T> {
  constructor(private rows: Record<string, T>, private onChange: () => void) {}

  get(id: string): T | undefined {
    return this.rows[id]
  }

  put(id: string, row: T): T {
    this.rows[id] = row
    this.onChange()
    return row
  }

  delete(id: string): boolean {
    if (!(id in this.rows)) return false
    delete this.rows[id]
    this.onChange()
    return true
  }

  all(): T[] {
    return Object.values(this.rows)
  }

  filter(predicate: (row: T) => boolean): T[] {
    return this.all().filter(predicate)
  }

  size(): number {
    return Object.keys(this.rows).length
  }
}

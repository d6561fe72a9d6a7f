/**
 * The mock's mutable state (seed-derived reference data such as halls and
 * items is rebuilt at start-up and never stored). Each feature keeps its own
 * collection; changes reach one persistence adapter: memory (jest), browser
 * storage (H5), Taro storage (weapp), each saving the whole state under one
 * key (one write replaces it whole or not at all), or the HTTP server's
 * crash-safe journal (`persistence/file-journal.ts`), which appends only the
 * rows that changed.
 */
export interface PersistenceAdapter {
  load(): string | null
  save(json: string): void
  /**
   * Adapters that keep a journal take the rows that changed instead of the whole state; the promise
   * settles once they are durable. `state` gives the whole state for a snapshot when the adapter wants one.
   */
  append?(changes: Change[], state: () => string): Promise<void>
}

/** One row-level change, as a journal records it. */
export type Change =
  | { op: 'put'; collection: string; id: string; row: unknown }
  | { op: 'delete'; collection: string; id: string }
  | { op: 'meta'; key: string; value: unknown }
  /** the whole state replaced (a reset): the journal starts again from a snapshot */
  | { op: 'replace' }

/** Thrown by an adapter whose saved state cannot be read: the server refuses to start instead of seeding over it. */
export class UnreadableStateError extends Error {
  constructor(message: string, readonly movedTo: string) {
    super(message)
    this.name = 'UnreadableStateError'
  }
}

export const memoryAdapter = (): PersistenceAdapter => {
  let saved: string | null = null
  return { load: () => saved, save: (json) => { saved = json } }
}

type Collections = Record<string, Record<string, unknown>>

export interface StoredState {
  version: number
  collections: Collections
  meta: Record<string, unknown>
}

export const STATE_VERSION = 1

export class Store {
  private state: StoredState
  private seeders: Array<(store: Store) => void> = []
  /** the dev switch (not stored): /api/dev/* and the demo's one-time codes in answers exist only while it is on */
  dev = true

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
    } catch (e) {
      if (e instanceof UnreadableStateError) throw e
      // Browser or Taro storage that cannot be read is replaced by the seed, as after a reset.
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
    this.setMeta('seeded', true)
  }

  collection<T>(name: string): Collection<T> {
    if (!this.state.collections[name]) this.state.collections[name] = {}
    return new Collection<T>(name, this.state.collections[name] as Record<string, T>, (change) => this.record(change))
  }

  getMeta<T>(key: string): T | undefined {
    return this.state.meta[key] as T | undefined
  }

  setMeta(key: string, value: unknown): void {
    this.state.meta[key] = value
    this.record({ op: 'meta', key, value })
  }

  reset(): void {
    this.state = { version: STATE_VERSION, collections: {}, meta: { seeded: false } }
    this.pending = [{ op: 'replace' }]
    this.ensureSeeded()
  }

  private pending: Change[] = []
  private flushQueued = false
  private lastWrite: Promise<void> = Promise.resolve()

  /**
   * One request may change many rows: they are written together, after the current task (or when the
   * router asks with flush()), instead of once per row.
   */
  private record(change: Change): void {
    this.pending.push(change)
    if (this.flushQueued) return
    this.flushQueued = true
    Promise.resolve().then(() => this.flush()).catch(() => undefined)
  }

  /**
   * Writes what changed and resolves when it is durable: the router awaits this before it answers, so
   * nothing it acknowledged can be lost. A failed write rejects (the request answers 500).
   */
  flush(): Promise<void> {
    this.flushQueued = false
    if (!this.pending.length) return this.lastWrite
    const changes = this.pending
    this.pending = []
    const whole = () => JSON.stringify(this.state)
    if (this.adapter.append) {
      this.lastWrite = this.adapter.append(changes, whole)
    } else {
      this.adapter.save(whole())
      this.lastWrite = Promise.resolve()
    }
    return this.lastWrite
  }

  /** The whole state now, as a snapshot would hold it (tests compare states with it). */
  snapshot(): string {
    return JSON.stringify(this.state)
  }
}

export class Collection<T> {
  constructor(private name: string, private rows: Record<string, T>, private onChange: (change: Change) => void) {}

  get(id: string): T | undefined {
    return this.rows[id]
  }

  put(id: string, row: T): T {
    this.rows[id] = row
    this.onChange({ op: 'put', collection: this.name, id, row })
    return row
  }

  delete(id: string): boolean {
    if (!(id in this.rows)) return false
    delete this.rows[id]
    this.onChange({ op: 'delete', collection: this.name, id })
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

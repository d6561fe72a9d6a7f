import type { Hall, HallKind } from '../../src/contract'
import { currentQueue, hallItemCount, hallSeeds, hallServes, type HallSeed } from '../data/halls'
import { itemById } from '../data/items'

export function toHall(seed: HallSeed, now: Date): Hall {
  const { coverage: _coverage, busyFactor: _busy, ...hall } = seed
  return { ...hall, queueLength: currentQueue(seed, now), itemCount: hallItemCount(seed) }
}

export function listHalls(now: Date, filter: { kind?: HallKind; itemId?: string } = {}): Hall[] {
  const item = filter.itemId ? itemById(filter.itemId) : undefined
  return hallSeeds()
    .filter((h) => (!filter.kind || h.kind === filter.kind) && (!item || hallServes(h, item)))
    .map((h) => toHall(h, now))
}

export function hallSeedById(id: string): HallSeed | undefined {
  return hallSeeds().find((h) => h.id === id)
}

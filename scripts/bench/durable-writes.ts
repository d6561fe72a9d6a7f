import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileJournalAdapter } from '../../mock/persistence/file-journal'
import { Store, type PersistenceAdapter } from '../../mock/store'

export const name = 'durable writes per second with a ~3 MB state (HTTP mock server persistence)'

const ROWS = 3000
const WRITES = 600

/** The server's persistence before the journal: the whole state rewritten in place, no fsync. */
function wholeFileAdapter(file: string, fsync: boolean): PersistenceAdapter {
  return {
    load: () => null,
    save: (json) => {
      const fd = fs.openSync(file, 'w')
      fs.writeSync(fd, json)
      if (fsync) fs.fsyncSync(fd)
      fs.closeSync(fd)
    },
  }
}

function fill(store: Store): number {
  const filler = 'x'.repeat(1000)
  const rows = store.collection<{ i: number; text: string }>('bulk')
  for (let i = 0; i < ROWS; i++) rows.put(`row-${i}`, { i, text: filler })
  return store.snapshot().length
}

/** One write = one row put, flushed; `parallel` writes in flight at once, as concurrent requests are. */
async function measure(store: Store, parallel: number): Promise<number> {
  await store.flush()
  const rows = store.collection<{ n: number }>('writes')
  let next = 0
  const t0 = performance.now()
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < WRITES) {
      const n = next++
      rows.put(`w-${n}`, { n })
      await store.flush()
    }
  }))
  return WRITES / ((performance.now() - t0) / 1000)
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-durable-'))
  const results: Array<[string, number]> = []
  let size = 0
  for (const [label, make] of [
    ['before: whole state rewritten in place (no fsync, not crash-safe)', () => wholeFileAdapter(path.join(dir, 'a.json'), false)],
    ['before, made durable: whole state rewritten + fsync', () => wholeFileAdapter(path.join(dir, 'b.json'), true)],
    ['after: journal, fsync per write, one at a time', () => fileJournalAdapter(path.join(dir, 'c.json'))],
  ] as Array<[string, () => PersistenceAdapter]>) {
    const store = new Store(make())
    size = fill(store)
    results.push([label, await measure(store, 1)])
  }
  const store = new Store(fileJournalAdapter(path.join(dir, 'd.json')))
  fill(store)
  results.push(['after: journal, 16 requests in flight (group commit)', await measure(store, 16)])
  console.log(`state ${(size / 1e6).toFixed(1)} MB, ${WRITES} writes each`)
  for (const [label, perSecond] of results) console.log(`  ${label}: ${Math.round(perSecond)} writes/s`)
  fs.rmSync(dir, { recursive: true, force: true })
}

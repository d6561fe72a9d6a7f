import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Store, UnreadableStateError } from '../store'
import { fileJournalAdapter } from './file-journal'

function tempDb(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'journal-test-')), 'db.json')
}

/** A store over the file, as the server opens it. */
function open(file: string, options: Parameters<typeof fileJournalAdapter>[1] = {}) {
  const adapter = fileJournalAdapter(file, options)
  return { adapter, store: new Store(adapter) }
}

describe('the crash-safe file journal', () => {
  it('appends only the rows that changed and replays them on the next start', async () => {
    const file = tempDb()
    const first = open(file)
    const rows = first.store.collection<{ n: number }>('rows')
    for (let i = 0; i < 50; i++) rows.put(`r${i}`, { n: i })
    await first.store.flush()
    rows.delete('r7')
    first.store.setMeta('seq', 3)
    await first.store.flush()
    first.adapter.close()
    expect(fs.existsSync(file)).toBe(false)
    expect(fs.readFileSync(`${file}.journal`, 'utf8').trim().split('\n')).toHaveLength(2)

    const again = open(file)
    expect(again.store.snapshot()).toBe(first.store.snapshot())
    expect(again.store.collection('rows').size()).toBe(49)
    expect(again.store.getMeta('seq')).toBe(3)
  })

  it('cuts off a torn last write (never acknowledged) and keeps everything before it', async () => {
    const file = tempDb()
    const first = open(file)
    first.store.collection('rows').put('a', { ok: true })
    await first.store.flush()
    first.adapter.close()
    fs.appendFileSync(`${file}.journal`, '{"seq":2,"changes":[{"op":"put","collection":"rows","id":"b","row":{"o')

    const again = open(file)
    expect(again.store.collection('rows').get('a')).toEqual({ ok: true })
    expect(again.store.collection('rows').get('b')).toBeUndefined()
    again.store.collection('rows').put('c', { ok: true })
    await again.store.flush()
    again.adapter.close()
    expect(open(file).store.collection('rows').size()).toBe(2)
  })

  it('moves an unreadable snapshot aside and refuses to start, unless asked to start fresh', () => {
    const file = tempDb()
    fs.writeFileSync(file, '{"version":1,"collections":{"rows":{"a":')
    let error: unknown
    try {
      open(file)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UnreadableStateError)
    const moved = (error as UnreadableStateError).movedTo
    expect(moved).toMatch(/db\.json\.corrupt-/)
    expect(fs.readFileSync(moved, 'utf8')).toContain('"rows"')
    expect(fs.existsSync(file)).toBe(false)
    expect((error as Error).message).toContain(moved)

    fs.writeFileSync(file, 'not json')
    const fresh = open(file, { fresh: true })
    expect(fresh.store.getMeta('seeded')).toBe(false)
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('corrupt-'))).toHaveLength(2)
  })

  it('refuses a journal damaged before its last line', async () => {
    const file = tempDb()
    const first = open(file)
    for (let i = 0; i < 3; i++) {
      first.store.collection('rows').put(`r${i}`, { i })
      await first.store.flush()
    }
    first.adapter.close()
    const lines = fs.readFileSync(`${file}.journal`, 'utf8').split('\n')
    lines[1] = lines[1].replace('"i":1', '"i":9')
    fs.writeFileSync(`${file}.journal`, lines.join('\n'))
    expect(() => open(file)).toThrow(UnreadableStateError)
  })

  it('folds the journal into a snapshot every so often; a crash before the journal was emptied loses nothing', async () => {
    const file = tempDb()
    const first = open(file, { snapshotEvery: 10 })
    const counter = first.store.collection<{ n: number }>('counter')
    let journalBeforeSnapshot = ''
    for (let i = 1; i <= 25; i++) {
      counter.put('c', { n: i })
      first.store.collection('log').put(`l${i}`, { i })
      if (i === 20) first.store.collection('log').delete('l3')
      if (i === 19) journalBeforeSnapshot = fs.readFileSync(`${file}.journal`, 'utf8')
      await first.store.flush()
    }
    expect(first.adapter.journalLength()).toBe(5)
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).journalSeq).toBeGreaterThan(0)
    first.adapter.close()

    const again = open(file)
    expect(again.store.snapshot()).toBe(first.store.snapshot())
    again.adapter.close()

    // the snapshot was renamed into place but the process died before emptying the journal
    fs.writeFileSync(`${file}.journal`, journalBeforeSnapshot)
    const afterCrash = open(file)
    expect(afterCrash.store.collection('counter').get('c')).toEqual({ n: 20 })
    expect(afterCrash.store.collection('log').get('l3')).toBeUndefined()
    expect(afterCrash.store.collection('log').size()).toBe(19)
  })

  it('acknowledges a write only after it reached the disk: concurrent writes share fsyncs and all land', async () => {
    const file = tempDb()
    const first = open(file)
    const writes = Array.from({ length: 200 }, (_, i) => {
      first.store.collection('rows').put(`r${i}`, { i })
      return first.store.flush()
    })
    await Promise.all(writes)
    first.adapter.close()
    expect(open(file).store.collection('rows').size()).toBe(200)
  })
})

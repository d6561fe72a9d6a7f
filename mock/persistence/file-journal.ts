/**
 * The HTTP server's state on disk, crash-safe: a snapshot (`db.json`) plus an append-only journal
 * (`db.json.journal`) of the rows each request changed.
 *
 * - A write appends one line (its changes, a sequence number and a checksum) and is acknowledged only
 *   after fsync. Requests that arrive while an fsync runs share the next one (group commit), so a write
 *   costs one small append, never a rewrite of the whole state.
 * - Every SNAPSHOT_EVERY lines the whole state goes to a temporary file, is fsynced and renamed over the
 *   snapshot (then the directory is fsynced); the snapshot names the last line it holds, so a crash
 *   between the rename and the journal's truncation replays nothing twice.
 * - On start-up a torn last line (the process died inside a write that was never acknowledged) is cut
 *   off; anything else unreadable is moved aside under a clear name and the server refuses to start,
 *   rather than seeding over data someone may need.
 *
 * Why a journal and not an embedded database: no native dependency (better-sqlite3 must match the Node
 * version), the same JSON state the browser and weapp mocks keep, and a format one can read with `tail`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { STATE_VERSION, UnreadableStateError, type Change, type PersistenceAdapter, type StoredState } from '../store'
import { fnv1a } from '../hash'

/** Lines between snapshots: replay stays short, snapshots stay rare. */
export const SNAPSHOT_EVERY = 5000

interface SnapshotFile extends StoredState {
  /** the last journal line this snapshot includes */
  journalSeq?: number
}

interface JournalLine {
  seq: number
  changes: Change[]
}

function checksum(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0')
}

function encodeLine(line: JournalLine): string {
  const json = JSON.stringify(line)
  return `${json}\t${checksum(json)}\n`
}

function decodeLine(text: string): JournalLine | null {
  const tab = text.lastIndexOf('\t')
  if (tab < 0) return null
  const json = text.slice(0, tab)
  if (checksum(json) !== text.slice(tab + 1)) return null
  try {
    const line = JSON.parse(json) as JournalLine
    return Number.isInteger(line.seq) && Array.isArray(line.changes) ? line : null
  } catch {
    return null
  }
}

export function applyChanges(state: StoredState, changes: Change[]): StoredState {
  for (const change of changes) {
    if (change.op === 'replace') {
      state = { version: STATE_VERSION, collections: {}, meta: { seeded: false } }
    } else if (change.op === 'meta') {
      state.meta[change.key] = change.value
    } else {
      const rows = (state.collections[change.collection] ??= {})
      if (change.op === 'put') rows[change.id] = change.row
      else delete rows[change.id]
    }
  }
  return state
}

function fsyncDirectory(dir: string): void {
  let fd: number | undefined
  try {
    fd = fs.openSync(dir, 'r')
    fs.fsyncSync(fd)
  } catch {
    // some file systems cannot open or sync a directory; the rename itself is still atomic
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

export interface FileJournalOptions {
  /** move unreadable files aside and start empty instead of refusing (the server's --fresh) */
  fresh?: boolean
  snapshotEvery?: number
  /** for the clock in the moved-aside names */
  nowMs?: () => number
}

export interface FileJournalAdapter extends PersistenceAdapter {
  append(changes: Change[], state: () => string): Promise<void>
  /** lines in the journal since the last snapshot */
  journalLength(): number
  close(): void
}

export function fileJournalAdapter(file: string, options: FileJournalOptions = {}): FileJournalAdapter {
  const journalFile = `${file}.journal`
  const snapshotEvery = options.snapshotEvery ?? SNAPSHOT_EVERY
  const stamp = () => new Date((options.nowMs ?? Date.now)()).toISOString().replace(/[:.]/g, '-')
  fs.mkdirSync(path.dirname(file), { recursive: true })

  let fd = -1
  let seq = 0
  let linesSinceSnapshot = 0
  let written = 0
  let synced = 0
  let syncing = false
  let failed: Error | null = null
  const waiting: Array<{ upTo: number; resolve: () => void; reject: (e: Error) => void }> = []

  function moveAside(reason: string): never | void {
    const suffix = `corrupt-${stamp()}`
    const moved: string[] = []
    for (const f of [file, journalFile]) {
      if (fs.existsSync(f)) {
        fs.renameSync(f, `${f}.${suffix}`)
        moved.push(`${f}.${suffix}`)
      }
    }
    fsyncDirectory(path.dirname(file))
    if (!options.fresh) {
      throw new UnreadableStateError(
        `The mock's saved state cannot be read (${reason}). It was moved aside to ${moved.join(' and ')}. ` +
          'Look at it, or start with fresh demo data on purpose: npm run mock:server -- --fresh (or MOCK_FRESH=1).',
        moved[0] ?? file,
      )
    }
  }

  /** Snapshot + journal replayed, or null for a new state; opens the journal for appending. */
  function load(): string | null {
    let state: SnapshotFile | null = null
    if (fs.existsSync(file)) {
      const text = fs.readFileSync(file, 'utf8')
      try {
        const parsed = JSON.parse(text) as SnapshotFile
        if (parsed?.version !== STATE_VERSION || typeof parsed.collections !== 'object' || typeof parsed.meta !== 'object') throw new Error('not a state file')
        state = parsed
      } catch (e) {
        moveAside(`${path.basename(file)}: ${(e as Error).message}`)
        state = null
      }
    }
    const snapshotSeq = state?.journalSeq ?? 0
    seq = snapshotSeq
    if (fs.existsSync(journalFile)) {
      const text = fs.readFileSync(journalFile, 'utf8')
      const lines = text.split('\n')
      // the part after the last newline is a write the process died inside: never acknowledged
      const torn = lines.pop() ?? ''
      let validBytes = Buffer.byteLength(text) - Buffer.byteLength(torn)
      let replayed: StoredState = state ?? { version: STATE_VERSION, collections: {}, meta: { seeded: false } }
      for (let i = 0; i < lines.length; i++) {
        const line = decodeLine(lines[i])
        if (!line) {
          if (i === lines.length - 1) {
            // a last line cut inside by the crash, newline included: also never acknowledged
            validBytes -= Buffer.byteLength(lines[i]) + 1
            break
          }
          moveAside(`${path.basename(journalFile)} line ${i + 1} is damaged`)
          replayed = { version: STATE_VERSION, collections: {}, meta: { seeded: false } }
          seq = 0
          linesSinceSnapshot = 0
          validBytes = 0
          break
        }
        if (line.seq <= snapshotSeq) continue
        replayed = applyChanges(replayed, line.changes)
        seq = line.seq
        linesSinceSnapshot++
      }
      if (fs.existsSync(journalFile) && validBytes < fs.statSync(journalFile).size) fs.truncateSync(journalFile, validBytes)
      if (linesSinceSnapshot > 0 || state) state = { ...replayed, journalSeq: seq }
    }
    fd = fs.openSync(journalFile, 'a')
    if (!state) return null
    const { journalSeq: _seq, ...stored } = state
    return JSON.stringify(stored)
  }

  function kickSync(): void {
    if (syncing || synced >= written) return
    syncing = true
    const upTo = written
    fs.fsync(fd, (err) => {
      syncing = false
      if (err) failed = err
      else synced = upTo
      for (let i = waiting.length - 1; i >= 0; i--) {
        const w = waiting[i]
        if (failed) w.reject(failed)
        else if (w.upTo <= synced) w.resolve()
        else continue
        waiting.splice(i, 1)
      }
      kickSync()
    })
  }

  function snapshot(state: string): void {
    const tmp = `${file}.tmp`
    const out = fs.openSync(tmp, 'w')
    try {
      const json = state.slice(0, -1) + `,"journalSeq":${seq}}`
      fs.writeSync(out, json)
      fs.fsyncSync(out)
    } finally {
      fs.closeSync(out)
    }
    fs.renameSync(tmp, file)
    fsyncDirectory(path.dirname(file))
    // everything in the journal is in the snapshot now
    fs.ftruncateSync(fd, 0)
    fs.fsyncSync(fd)
    linesSinceSnapshot = 0
  }

  return {
    load,
    /** a reset or a first start: the whole state as a snapshot */
    save(json: string) {
      seq++
      snapshot(json)
    },
    append(changes: Change[], state: () => string): Promise<void> {
      if (failed) return Promise.reject(failed)
      if (changes.some((c) => c.op === 'replace')) {
        seq++
        snapshot(state())
        return Promise.resolve()
      }
      seq++
      fs.writeSync(fd, encodeLine({ seq, changes }))
      written++
      linesSinceSnapshot++
      if (linesSinceSnapshot >= snapshotEvery) {
        // the snapshot is fsynced itself, so this line is durable when it returns
        snapshot(state())
        synced = written
        return Promise.resolve()
      }
      const upTo = written
      return new Promise<void>((resolve, reject) => {
        waiting.push({ upTo, resolve, reject })
        kickSync()
      })
    },
    journalLength: () => linesSinceSnapshot,
    close() {
      if (fd >= 0) fs.closeSync(fd)
      fd = -1
    },
  }
}

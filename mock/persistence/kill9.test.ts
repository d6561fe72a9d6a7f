/** @jest-environment node */
/**
 * The real server, killed with SIGKILL in the middle of a burst of writes, 20 times: every write it
 * acknowledged (answered 2xx) must be there after the restart, and it must always start again.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROUNDS = 20
const ROOT = path.join(__dirname, '../..')

jest.setTimeout(240_000)

function start(dbFile: string, port: number): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    // node itself runs the server (tsx as a loader, not its CLI, which would put the server in a grandchild the kill misses)
    const child = spawn(process.execPath, ['--import', 'tsx', 'mock/transports/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, MOCK_DB: dbFile, MOCK_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('mock backend on')) resolve({ child, base: `http://127.0.0.1:${port}` })
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString() })
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${output}`)))
  })
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
}

describe('kill -9 during a burst of writes', () => {
  it(`loses no acknowledged write and leaves no unreadable file, ${ROUNDS} times`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kill9-'))
    const dbFile = path.join(dir, 'db.json')
    const port = 20000 + Math.floor(Math.random() * 20000)
    const acknowledged = new Set<string>()
    let sent = 0
    let token = ''
    for (let round = 0; round < ROUNDS; round++) {
      const { child, base } = await start(dbFile, port)
      if (!token) {
        const login = await fetch(`${base}/api/auth/demo-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'resident' }) })
        token = (await login.json()).token
      }
      // everything acknowledged before is still there
      const listed = await (await fetch(`${base}/api/feedback`, { headers: { authorization: `Bearer ${token}` } })).json()
      const present = new Set<string>((listed.items as Array<{ id: string }>).map((f) => f.id))
      const lost = [...acknowledged].filter((id) => !present.has(id))
      expect({ round, lost }).toEqual({ round, lost: [] })

      // 8 writers in parallel; the kill lands at a random moment inside the burst
      let killed = false
      const writer = async () => {
        while (!killed) {
          sent++
          try {
            const res = await fetch(`${base}/api/feedback`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `k-${round}-${sent}` },
              body: JSON.stringify({ kind: 'suggestion', text: `第 ${round} 轮的第 ${sent} 条建议，用来检查断电后不丢数据` }),
            })
            if (res.status === 201) acknowledged.add((await res.json()).id)
          } catch {
            // the connection died with the server: not acknowledged
          }
        }
      }
      const writers = Array.from({ length: 8 }, writer)
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 350))
      child.kill('SIGKILL')
      killed = true
      await Promise.all(writers)
      await exited(child)
    }
    // one last start reads the final state
    const { child, base } = await start(dbFile, port)
    const listed = await (await fetch(`${base}/api/feedback`, { headers: { authorization: `Bearer ${token}` } })).json()
    child.kill('SIGKILL')
    await exited(child)
    const present = new Set<string>((listed.items as Array<{ id: string }>).map((f) => f.id))
    const lost = [...acknowledged].filter((id) => !present.has(id))
    const unreadable = fs.readdirSync(dir).filter((f) => f.includes('corrupt'))
    console.log(`kill -9 × ${ROUNDS}: ${sent} writes sent, ${acknowledged.size} acknowledged, ${lost.length} lost, ${unreadable.length} unreadable files`)
    expect(acknowledged.size).toBeGreaterThan(ROUNDS * 5)
    expect(lost).toEqual([])
    expect(unreadable).toEqual([])
  })
})

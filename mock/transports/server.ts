/**
 * `npm run mock:server`: the mock backend over real HTTP, for WeChat DevTools
 * and black-box tests. Port from MOCK_PORT (default 9527), state in MOCK_DB.
 */
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { startBackend } from '../backend'
import { fileJournalAdapter, type FileJournalOptions } from '../persistence/file-journal'
import { UnreadableStateError } from '../store'

/** Throws UnreadableStateError when the saved state cannot be read (unless `fresh`). */
export function createMockServer(dbFile: string, options: FileJournalOptions = {}): http.Server {
  const journal = fileJournalAdapter(dbFile, options)
  const backend = startBackend(journal)
  // the seed goes to disk before the first request, so a crash right after start-up loses nothing
  backend.store.ensureSeeded()
  return http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'authorization, content-type, idempotency-key',
        'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
        'access-control-expose-headers': 'x-server-time',
      }
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors)
        res.end()
        return
      }
      const headers: Record<string, string> = {}
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v
      const body = Buffer.concat(chunks).toString('utf8')
      const out = await backend.handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers, body: body || undefined })
      if (out.networkError) {
        req.socket.destroy()
        return
      }
      res.writeHead(out.status, { ...out.headers, ...cors })
      res.end(JSON.stringify(out.body))
    })
  })
}

if (require.main === module) {
  const port = Number(process.env.MOCK_PORT ?? 9527)
  const dbFile = process.env.MOCK_DB ?? path.join(os.tmpdir(), 'panyu-gov-mock', 'db.json')
  const fresh = process.argv.includes('--fresh') || process.env.MOCK_FRESH === '1'
  let server: http.Server
  try {
    server = createMockServer(dbFile, { fresh })
  } catch (e) {
    if (!(e instanceof UnreadableStateError)) throw e
    console.error(e.message)
    process.exit(1)
  }
  server.listen(port, '127.0.0.1', () => {
    console.log(`mock backend on http://127.0.0.1:${port} (state: ${dbFile}, journal: ${dbFile}.journal)`)
  })
}

/**
 * `npm run mock:server`: the mock backend over real HTTP, for WeChat DevTools
 * and black-box tests. Port from MOCK_PORT (default 9527), state in MOCK_DB.
 */
import http from 'node:http'
import type { Duplex } from 'node:stream'
import os from 'node:os'
import path from 'node:path'
import { startBackend, type BackendOptions } from '../backend'
import type { Backend } from '../http'
import { errorBody } from '../http'
import { fail } from '../errors'
import { MAX_BODY_BYTES } from '../limits'
import { fileJournalAdapter } from '../persistence/file-journal'
import { UnreadableStateError } from '../store'

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, idempotency-key',
  'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
  'access-control-expose-headers': 'x-server-time',
}

const TOO_LARGE = Symbol('too large')
/** How long a refused oversized upload may keep the socket before it is cut (its bytes are dropped, not kept). */
const LINGER_MS = 2000

/** The body as text, or TOO_LARGE as soon as it passes the limit (what follows is dropped), or null if the client went away. */
function readBody(req: http.IncomingMessage): Promise<string | typeof TOO_LARGE | null> {
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) return Promise.resolve(TOO_LARGE)
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk)
        return
      }
      chunks.length = 0
      req.off('data', onData)
      resolve(TOO_LARGE)
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(null))
    req.on('aborted', () => resolve(null))
  })
}

const INTERNAL = { error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }

/**
 * Writes a response. A body that cannot be serialised answers 500 INTERNAL instead; a failure
 * while writing (the client went away) ends that socket only.
 */
function send(res: http.ServerResponse, status: number, headers: Record<string, string>, body: unknown, route: string): void {
  let text = ''
  try {
    text = body === undefined ? '' : JSON.stringify(body)
  } catch (e) {
    console.error(`[mock] ${route}: the answer could not be serialised: ${(e as Error)?.name ?? typeof e}`)
    status = 500
    text = JSON.stringify(INTERNAL)
  }
  try {
    res.writeHead(status, { ...headers, ...CORS })
    res.end(text)
  } catch (e) {
    console.error(`[mock] ${route}: writing the answer failed: ${(e as Error)?.name ?? typeof e}`)
    res.destroy()
  }
}

/**
 * The HTTP side of the mock: reads a body up to 1 MB (413 beyond, without buffering the rest),
 * hands it to the router as text (which checks media type, nesting and schema), writes the answer.
 * Nothing a request does can stop the server: whatever throws answers 500 INTERNAL.
 */
export function requestListener(backend: Backend): http.RequestListener {
  return (req, res) => {
    // For logs: the method and the resource (/api/safe), never the ids or the body.
    const route = `${req.method} /${(req.url ?? '/').split('?')[0].split('/').slice(1, 3).join('/')}`
    const serve = async () => {
      if (req.method === 'OPTIONS') return send(res, 204, {}, undefined, route)
      const body = await readBody(req)
      if (body === null) return
      if (body === TOO_LARGE) {
        const failure = fail.tooLarge()
        send(res, failure.status, { 'content-type': 'application/json', connection: 'close' }, errorBody(failure), route)
        setTimeout(() => req.socket.destroy(), LINGER_MS).unref()
        return
      }
      const headers: Record<string, string> = {}
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v
      const out = await backend.handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers, body: body || undefined })
      if (out.networkError) {
        req.socket.destroy()
        return
      }
      send(res, out.status, out.headers, out.body, route)
    }
    serve().catch((e) => {
      console.error(`[mock] ${route} failed: ${(e as Error)?.name ?? typeof e}`)
      if (!res.headersSent) send(res, 500, { 'content-type': 'application/json' }, INTERNAL, route)
      else res.destroy()
    })
  }
}

/** The dev switch for the HTTP server: on, except under NODE_ENV=production unless MOCK_DEV=1. */
export function devSwitchFromEnv(env: Record<string, string | undefined> = process.env as Record<string, string | undefined>): boolean {
  return env.NODE_ENV !== 'production' || env.MOCK_DEV === '1'
}

/** A request Node's parser cannot read (bad framing, huge headers) still gets the contract's error body. */
function refuseUnreadable(_error: Error, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy()
  const body = JSON.stringify({ error: { code: 'BAD_REQUEST', message: '请求格式错误' } })
  socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`)
}

/**
 * The state lives in a crash-safe journal beside `dbFile` (mock/persistence/file-journal.ts). Throws
 * UnreadableStateError when the saved state cannot be read, unless `fresh`.
 */
export function createMockServer(dbFile: string, options: BackendOptions & { fresh?: boolean } = { dev: devSwitchFromEnv() }): http.Server & { backend: Backend } {
  const backend = startBackend(fileJournalAdapter(dbFile, { fresh: options.fresh }), options)
  // the seed goes to disk before the first request, so a crash right after start-up loses nothing
  backend.store.ensureSeeded()
  const server = http.createServer(requestListener(backend))
  server.on('clientError', refuseUnreadable)
  return Object.assign(server, { backend })
}

if (require.main === module) {
  const port = Number(process.env.MOCK_PORT ?? 9527)
  const dbFile = process.env.MOCK_DB ?? path.join(os.tmpdir(), 'panyu-gov-mock', 'db.json')
  // A request never ends the process: a stray rejection is logged (its kind only) and serving goes on.
  process.on('unhandledRejection', (reason) => {
    console.error(`[mock] unhandled rejection: ${(reason as Error)?.name ?? typeof reason}`)
  })
  const dev = devSwitchFromEnv()
  const fresh = process.argv.includes('--fresh') || process.env.MOCK_FRESH === '1'
  let server: http.Server
  try {
    server = createMockServer(dbFile, { dev, fresh })
  } catch (e) {
    if (!(e instanceof UnreadableStateError)) throw e
    console.error(e.message)
    process.exit(1)
  }
  server.listen(port, '127.0.0.1', () => {
    console.log(`mock backend on http://127.0.0.1:${port} (state: ${dbFile}, journal: ${dbFile}.journal; /api/dev/* ${dev ? 'on' : 'off'})`)
  })
}

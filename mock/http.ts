import type { ErrorBody, Role } from '../src/contract'
import { ApiFailure, fail } from './errors'
import type { Store } from './store'
import { clock } from './clock'
import { resolveSession, sessionExpired } from './domain/auth'

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

/** What every transport turns its request into. */
export interface MockRequest {
  method: string
  /** path with query string, e.g. /api/items?q=排水 */
  url: string
  headers: Record<string, string | undefined>
  body?: unknown
}

export interface MockResponse {
  status: number
  body: unknown
  headers: Record<string, string>
  /** the transport should fail the request as a network error (the failure switch) */
  networkError?: boolean
}

export interface Principal {
  userId: string
  role: Role
  token: string
  /** clerks: their hall and window, from the session (never from a request) */
  hallId?: string
  windowNo?: string
}

export interface RouteRequest<B = any> {
  params: Record<string, string>
  query: Record<string, string>
  body: B
  headers: Record<string, string | undefined>
  /** set when the route has roles */
  principal: Principal
  /** set when a token was sent, even on public routes */
  maybePrincipal?: Principal
  store: Store
}

export interface RouteResult {
  status?: number
  body: unknown
}

export interface RouteDef {
  method: Method
  path: string
  /** who may call it; absent = anyone, no token needed */
  roles?: Role[] | 'any'
  /** creating writes: honour Idempotency-Key */
  idempotent?: boolean
  handler: (req: RouteRequest) => RouteResult | Promise<RouteResult>
}

export type RouteModule = (store: Store) => RouteDef[]

/** A route module fetched on the first request under one of its path prefixes (the browser's mock: a first visit downloads only what its page asks for). */
export interface LazyRouteModule {
  /** e.g. /api/items: matches /api/items and /api/items/… */
  prefixes: string[]
  load: () => Promise<RouteModule>
}

interface CompiledRoute extends RouteDef {
  pattern: RegExp
  keys: string[]
}

function compile(route: RouteDef): CompiledRoute {
  const keys: string[] = []
  const source = route.path.replace(/:([A-Za-z]+)/g, (_, key: string) => {
    keys.push(key)
    return '([^/]+)'
  })
  return { ...route, pattern: new RegExp(`^${source}/?$`), keys }
}

export function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {}
  if (!search) return query
  for (const part of search.split('&')) {
    if (!part) continue
    const [k, v = ''] = part.split('=')
    query[decodeURIComponent(k.replace(/\+/g, ' '))] = decodeURIComponent(v.replace(/\+/g, ' '))
  }
  return query
}

function errorBody(failure: ApiFailure): ErrorBody {
  return { error: { code: failure.code, message: failure.message, ...(failure.fields ? { fields: failure.fields } : {}) } }
}

function stableHash(value: unknown): string {
  const json = JSON.stringify(value ?? null)
  let h = 2166136261
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return (h >>> 0).toString(16)
}

interface IdempotentRecord {
  bodyHash: string
  status: number
  body: unknown
}

export interface Backend {
  handle(req: MockRequest): Promise<MockResponse>
  store: Store
}

export function createBackend(store: Store, modules: RouteModule[], lazyModules: LazyRouteModule[] = []): Backend {
  const routes = modules.flatMap((m) => m(store)).map(compile)
  const loading = new Map<LazyRouteModule, Promise<void>>()

  /** Loads the lazy module that owns a path, once, however many requests ask at the same time. */
  function routesFor(pathname: string): Promise<void> | undefined {
    const owner = lazyModules.find((lazy) => lazy.prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)))
    if (!owner) return undefined
    let loaded = loading.get(owner)
    if (!loaded) {
      loaded = owner.load().then((module) => {
        routes.push(...module(store).map(compile))
        // The module's script ran in this task: answer in the next one, so the page is not held by both at once.
        return new Promise<void>((resolve) => setTimeout(resolve, 0))
      })
      // a failed download is tried again by the next request
      loaded.catch(() => loading.delete(owner))
      loading.set(owner, loaded)
    }
    return loaded
  }
  const inFlight = new Map<string, { bodyHash: string; outcome: Promise<{ status: number; body: unknown; replayed: boolean }> }>()

  /** The token's holder; an expired session on a route that needs one answers SESSION_EXPIRED, not UNAUTHENTICATED. */
  function principalFor(headers: Record<string, string | undefined>): Principal | 'expired' | undefined {
    const auth = headers.authorization ?? headers.Authorization
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined
    if (!token) return undefined
    const found = resolveSession(store, token, clock.nowMs())
    if (found.state === 'expired') return 'expired'
    if (found.state === 'unknown') return undefined
    const { userId, role, hallId, windowNo } = found.session
    return { userId, role, token, hallId, windowNo }
  }

  async function handle(req: MockRequest): Promise<MockResponse> {
    const headers = { 'content-type': 'application/json', 'x-server-time': String(clock.nowMs()) }
    const [pathname, search = ''] = req.url.split('?')
    const lowerHeaders: Record<string, string | undefined> = {}
    for (const [k, v] of Object.entries(req.headers)) lowerHeaders[k.toLowerCase()] = v

    if (store.getMeta<boolean>('networkDown') && !pathname.startsWith('/api/dev/')) {
      return { status: 0, body: null, headers, networkError: true }
    }
    store.ensureSeeded()
    try {
      await routesFor(pathname)
      const method = req.method.toUpperCase()
      let matched: { route: CompiledRoute; params: Record<string, string> } | undefined
      let pathKnown = false
      for (const route of routes) {
        const m = route.pattern.exec(pathname)
        if (!m) continue
        pathKnown = true
        if (route.method !== method) continue
        const params: Record<string, string> = {}
        route.keys.forEach((key, i) => { params[key] = decodeURIComponent(m[i + 1]) })
        matched = { route, params }
        break
      }
      if (!matched) {
        throw pathKnown ? new ApiFailure(405, 'BAD_REQUEST', '不支持的请求方法') : fail.notFound('接口')
      }
      const { route, params } = matched
      const holder = principalFor(lowerHeaders)
      const maybePrincipal = holder === 'expired' ? undefined : holder
      if (route.roles) {
        if (holder === 'expired') throw sessionExpired()
        if (!maybePrincipal) throw fail.unauthenticated()
        if (route.roles !== 'any' && !route.roles.includes(maybePrincipal.role)) throw fail.forbidden()
      }
      let body = req.body
      if (typeof body === 'string' && body.length) {
        try {
          body = JSON.parse(body)
        } catch {
          throw new ApiFailure(400, 'BAD_REQUEST', '请求格式错误')
        }
      }
      const idemKey = route.idempotent ? lowerHeaders['idempotency-key'] : undefined
      // Scoped to the concrete path: the same key sent to two resources is two requests.
      const idemId = idemKey ? `${maybePrincipal?.userId ?? 'anon'}:${method} ${pathname}:${idemKey}` : undefined
      const run = async (): Promise<{ status: number; body: unknown; replayed: boolean }> => {
        const idemStore = store.collection<IdempotentRecord>('idempotency')
        const previous = idemId ? idemStore.get(idemId) : undefined
        if (previous) {
          if (previous.bodyHash !== stableHash(body)) {
            throw new ApiFailure(409, 'IDEMPOTENCY_MISMATCH', '同一请求编号对应了不同的内容')
          }
          return { status: previous.status, body: previous.body, replayed: true }
        }
        const result = await route.handler({
          params,
          query: parseQuery(search),
          body: body ?? {},
          headers: lowerHeaders,
          principal: maybePrincipal as Principal,
          maybePrincipal,
          store,
        })
        const status = result.status ?? 200
        if (idemId && status < 300) idemStore.put(idemId, { bodyHash: stableHash(body), status, body: result.body })
        return { status, body: result.body, replayed: false }
      }
      // A retry that races the first request with the same key waits for it instead of running twice.
      let outcome: Promise<{ status: number; body: unknown; replayed: boolean }>
      const running = idemId ? inFlight.get(idemId) : undefined
      if (running) {
        if (running.bodyHash !== stableHash(body)) throw new ApiFailure(409, 'IDEMPOTENCY_MISMATCH', '同一请求编号对应了不同的内容')
        outcome = running.outcome.then((first) => ({ ...first, replayed: true }))
      } else {
        outcome = run()
        if (idemId) {
          inFlight.set(idemId, { bodyHash: stableHash(body), outcome })
          outcome.finally(() => inFlight.delete(idemId)).catch(() => undefined)
        }
      }
      const { status, body: resultBody, replayed } = await outcome
      return { status, body: resultBody, headers: replayed ? { ...headers, 'idempotent-replayed': 'true' } : headers }
    } catch (e) {
      if (e instanceof ApiFailure) return { status: e.status, body: errorBody(e), headers }
      // Never echo internals (they may hold personal data); log the kind only.
      console.error('[mock] unexpected error in route', (e as Error)?.name)
      return { status: 500, body: { error: { code: 'SERVER_ERROR', message: '服务暂时不可用，请稍后再试' } }, headers }
    }
  }

  return { handle, store }
}

/** Paging helper that says page and pageSize back, as the contract asks. */
export function paginate<T>(rows: T[], query: { page?: string; pageSize?: string }, defaultSize = 20, maxSize = 100) {
  const page = Math.max(1, parseInt(query.page ?? '1', 10) || 1)
  const pageSize = Math.min(maxSize, Math.max(1, parseInt(query.pageSize ?? String(defaultSize), 10) || defaultSize))
  return { items: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pageSize }
}

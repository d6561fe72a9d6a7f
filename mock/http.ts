import type { ErrorBody, Role } from '../src/contract'
import { EmptyBody, v, type RequestSchema } from '../src/contract/schema'
import { ApiFailure, fail } from './errors'
import type { Store } from './store'
import { clock } from './clock'
import { jsonDepthExceeds, valueDepthExceeds, MAX_BODY_BYTES, MAX_JSON_DEPTH, utf8Length } from './limits'
import { resolveSession, sessionExpired } from './account/domain'
import { fnv1a } from './hash'

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

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a route list mixes every body type; each handler is typed by its own schema
export interface RouteRequest<B = any, Q = Record<string, string>> {
  params: Record<string, string>
  /** checked against the route's `query` schema when it has one */
  query: Q
  /** checked against the route's `body` schema (writes without one take an empty body) */
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above, for the list of routes
export interface RouteDef<B = any, Q = any> {
  method: Method
  path: string
  /** who may call it; absent = anyone, no token needed */
  roles?: Role[] | 'any'
  /** creating writes: honour Idempotency-Key */
  idempotent?: boolean
  /**
   * The request body's schema, declared in src/contract. The router refuses a body that does not
   * match (400 UNKNOWN_FIELD / BAD_REQUEST / VALIDATION_FAILED) before the handler runs, and hands
   * the handler the checked value. A write without one accepts only an empty body.
   */
  body?: RequestSchema
  /** The query's schema (values are strings); parameters it does not name are dropped, not refused. */
  query?: RequestSchema
  handler: (req: RouteRequest<B, Q>) => RouteResult | Promise<RouteResult>
}

/**
 * Declares a route so its handler's `body` and `query` are typed from the schemas
 * (a plain object literal works too, with `body: any`).
 */
export function route<B = Record<string, never>, Q = Record<string, string>>(
  def: Omit<RouteDef<B, Q>, 'body' | 'query'> & { body?: v.GenericSchema<unknown, B>; query?: v.GenericSchema<unknown, Q> },
): RouteDef {
  return def as RouteDef
}

export type RouteModule = (store: Store) => RouteDef[]

/**
 * One feature of the backend as the router sees it (each `mock/<feature>/index.ts` declares its own; `mock/features.ts`
 * lists them): the paths it owns, and its routes — at once (`routes`), or fetched on the first request under its paths
 * (`load`: the browser's mock downloads only what a page asks for; on weapp and in Node `import()` is a plain require).
 */
export type MockFeature = {
  name: string
  /** e.g. /api/items owns /api/items and /api/items/…; a path belongs to the feature with the longest matching prefix */
  prefixes: string[]
  /** the mock's /api/dev controls: left out when the dev switch is off */
  devOnly?: boolean
} & ({ routes: RouteModule } | { load: () => Promise<RouteModule> })

const ownsPath = (prefix: string, pathname: string) => pathname === prefix || pathname.startsWith(`${prefix}/`)

/** The feature that owns a path: the one with the longest prefix of it. */
export function featureOwning<F extends Pick<MockFeature, 'prefixes'>>(features: F[], pathname: string): F | undefined {
  let owner: F | undefined
  let longest = -1
  for (const feature of features) {
    for (const prefix of feature.prefixes) {
      if (prefix.length > longest && ownsPath(prefix, pathname)) { owner = feature; longest = prefix.length }
    }
  }
  return owner
}

/** Every feature's route module, loaded (tests and tools that list routes). */
export function loadRouteModules(features: MockFeature[]): Promise<RouteModule[]> {
  return Promise.all(features.map((feature) => ('routes' in feature ? feature.routes : feature.load())))
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

/** decodeURIComponent that refuses a malformed escape (`%E0%A4%A`) with a 400 instead of throwing URIError. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    throw new ApiFailure(400, 'BAD_REQUEST', '请求地址格式错误')
  }
}

export function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {}
  if (!search) return query
  for (const part of search.split('&')) {
    if (!part) continue
    const [k, value = ''] = part.split('=')
    query[decode(k.replace(/\+/g, ' '))] = decode(value.replace(/\+/g, ' '))
  }
  return query
}

const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/** A field's path as people and the app's forms read it: answers.note, materials.0.source. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => String(item.key)).join('.')
}

/** Valibot's own messages are English and technical: a field shows ours, or a plain default. */
function fieldMessage(issue: v.BaseIssue<unknown>): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message
  return issue.kind === 'schema' && issue.input === undefined ? '必填' : '格式不正确'
}

/**
 * Checks input against a schema. A field the schema does not know → 400 UNKNOWN_FIELD naming it;
 * a missing field or a wrong type → 400 BAD_REQUEST; a value of the right type that breaks a rule
 * (too long, out of range, a bad check digit) → 400 VALIDATION_FAILED. All with `fields`.
 */
export function validate<T>(schema: v.GenericSchema<unknown, T>, input: unknown, prefix = ''): T {
  // Object schemas take arrays too; a request body or query is always a JSON object.
  if (!prefix && (!input || typeof input !== 'object' || Array.isArray(input))) throw new ApiFailure(400, 'BAD_REQUEST', '请求内容应为 JSON 对象')
  const result = v.safeParse(schema, input)
  if (result.success) return result.output
  const at = (issue: v.BaseIssue<unknown>) => [prefix, pathOf(issue)].filter(Boolean).join('.') || prefix || 'body'
  const unknown = result.issues.find((issue) => issue.kind === 'schema' && issue.expected === 'never')
  if (unknown) throw fail.unknownField(at(unknown))
  const fields: Record<string, string> = {}
  for (const issue of result.issues) fields[at(issue)] ??= fieldMessage(issue)
  const structural = result.issues.some((issue) => issue.kind === 'schema')
  throw new ApiFailure(400, structural ? 'BAD_REQUEST' : 'VALIDATION_FAILED', structural ? '请求内容不完整或格式不正确' : '请检查标注的内容', fields)
}

/** Is this a JSON media type (application/json, application/problem+json; charset=…)? */
function isJsonType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase()
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type)
}

/**
 * The body as the route's schema will see it. Transports hand over raw text (HTTP server, msw: the
 * size, media type and nesting are checked here, the nesting before JSON.parse) or an object (the
 * weapp interceptor and in-process callers: already parsed, so only its nesting is checked).
 */
function readBody(raw: unknown, contentType: string | undefined): unknown {
  if (raw === undefined || raw === null || raw === '') return {}
  if (typeof raw === 'string') {
    if (!isJsonType(contentType)) throw new ApiFailure(415, 'UNSUPPORTED_MEDIA_TYPE', '请求内容应为 JSON（Content-Type: application/json）')
    if (utf8Length(raw) > MAX_BODY_BYTES) throw fail.tooLarge()
    if (jsonDepthExceeds(raw, MAX_JSON_DEPTH)) throw fail.tooDeep()
    try {
      return JSON.parse(raw)
    } catch {
      throw new ApiFailure(400, 'BAD_REQUEST', '请求格式错误')
    }
  }
  if (valueDepthExceeds(raw, MAX_JSON_DEPTH)) throw fail.tooDeep()
  return raw
}

export function errorBody(failure: ApiFailure): ErrorBody {
  return { error: { code: failure.code, message: failure.message, ...(failure.fields ? { fields: failure.fields } : {}) } }
}

let unhashable = 0

/**
 * FNV-1a over the body's JSON. Bodies reach it checked (≤ 32 deep, ≤ 1 MB), but it must not throw
 * on anything (a cycle, a BigInt): such a body gets a hash of its own, so a retry with it is refused
 * as a mismatch rather than run twice.
 */
export function stableHash(value: unknown): string {
  let json: string
  try {
    json = JSON.stringify(value ?? null)
  } catch {
    return `unhashable-${++unhashable}`
  }
  return fnv1a(json).toString(16)
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

export function createBackend(store: Store, features: MockFeature[]): Backend {
  const routes: CompiledRoute[] = []
  const loading = new Map<MockFeature, Promise<void>>()
  for (const feature of features) if ('routes' in feature) routes.push(...feature.routes(store).map(compile))

  /** Loads the feature that owns a path, once, however many requests ask at the same time. */
  function routesFor(pathname: string): Promise<void> | undefined {
    const owner = featureOwning(features, pathname)
    if (!owner || 'routes' in owner) return undefined
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
    const method = String(req.method).toUpperCase()
    let routePath = '(unmatched)'
    try {
      const [pathname, search = ''] = String(req.url).split('?')
      const lowerHeaders: Record<string, string | undefined> = {}
      for (const [k, value] of Object.entries(req.headers ?? {})) lowerHeaders[k.toLowerCase()] = value

      if (store.getMeta<boolean>('networkDown') && !pathname.startsWith('/api/dev/')) {
        return { status: 0, body: null, headers, networkError: true }
      }
      store.ensureSeeded()
      await routesFor(pathname)
      let matched: { route: CompiledRoute; params: Record<string, string> } | undefined
      let pathKnown = false
      for (const route of routes) {
        const m = route.pattern.exec(pathname)
        if (!m) continue
        pathKnown = true
        if (route.method !== method) continue
        const params: Record<string, string> = {}
        route.keys.forEach((key, i) => { params[key] = decode(m[i + 1]) })
        matched = { route, params }
        break
      }
      if (!matched) {
        throw pathKnown ? new ApiFailure(405, 'BAD_REQUEST', '不支持的请求方法') : fail.notFound('接口')
      }
      const { route, params } = matched
      routePath = route.path
      for (const [key, value] of Object.entries(params)) {
        if (value.length > 200) throw new ApiFailure(400, 'BAD_REQUEST', '请求地址格式错误', { [key]: '过长' })
      }
      const holder = principalFor(lowerHeaders)
      const maybePrincipal = holder === 'expired' ? undefined : holder
      if (route.roles) {
        if (holder === 'expired') throw sessionExpired()
        if (!maybePrincipal) throw fail.unauthenticated()
        if (route.roles !== 'any' && !route.roles.includes(maybePrincipal.role)) throw fail.forbidden()
      }
      const query = route.query ? validate(route.query, parseQuery(search)) : parseQuery(search)
      const body = WRITES.has(method) ? validate(route.body ?? EmptyBody, readBody(req.body, lowerHeaders['content-type'])) : undefined
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
          query,
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
      // acknowledged only once what it changed is durable
      await store.flush()
      return { status, body: resultBody, headers: replayed ? { ...headers, 'idempotent-replayed': 'true' } : headers }
    } catch (e) {
      if (e instanceof ApiFailure) {
        // a refusal may still have counted something (a failed attempt): keep that too
        try {
          await store.flush()
        } catch {
          return { status: 500, body: { error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }, headers }
        }
        return { status: e.status, body: errorBody(e), headers }
      }
      // Never echo internals or the request (they may hold personal data): the route and the error's kind only.
      console.error(`[mock] ${method} ${routePath} failed: ${(e as Error)?.name ?? typeof e}`)
      return { status: 500, body: { error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }, headers }
    }
  }

  return { handle, store }
}

/** Paging helper that says page and pageSize back, as the contract asks. */

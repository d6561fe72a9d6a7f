import Taro from '@tarojs/taro'
import type { ServerTimeResponse } from '@/contract'
import { nowMs, syncServerTime } from '../time'
import { authToken } from './auth-token'
import { ApiError, errorFromResponse, networkError } from './errors'

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
type Query = Record<string, string | number | boolean | undefined | null>

export interface RequestOptions {
  method?: Method
  query?: Query
  body?: unknown
  /**
   * Creating writes send an Idempotency-Key: pass a stable key (e.g. a draft's id)
   * so that a retry, a double tap or a resend after a crash creates one record.
   * `true` makes a fresh key for this call (its own retries still share it).
   */
  idempotencyKey?: string | true
  timeoutMs?: number
  /** retries for reads and idempotent writes; default 2 */
  retries?: number
  /** sent as is, over the client's own (sign-out sends the token it is ending) */
  headers?: Record<string, string>
}

const API_BASE = process.env.TARO_APP_API_BASE || ''
const DEFAULT_TIMEOUT_MS = 10_000
const RETRY_DELAYS_MS = [300, 1000]

let ready: Promise<unknown> = Promise.resolve()

/** The app's boot sets this to the mock's start-up, so no request goes out before the mock answers. */
export function setApiReady(promise: Promise<unknown>): void {
  ready = promise
}

export function newIdempotencyKey(): string {
  const random = () => Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')
  return `${nowMs().toString(16)}-${random()}-${random()}`
}

function buildUrl(path: string, query?: Query): string {
  const parts: string[] = []
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  }
  return `${API_BASE}${path}${parts.length ? `?${parts.join('&')}` : ''}`
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function once<T>(url: string, method: Method, headers: Record<string, string>, body: unknown, timeoutMs: number): Promise<T> {
  let response: { statusCode: number; data: unknown; header: Record<string, string> }
  try {
    response = await Taro.request<unknown>({ url, method, header: headers, data: body as never, timeout: timeoutMs, dataType: 'json' }) as never
  } catch (e) {
    throw networkError((e as { errMsg?: string })?.errMsg)
  }
  const serverTime = Number((response.header as Record<string, string> | undefined)?.['x-server-time'] ?? (response.header as Record<string, string> | undefined)?.['X-Server-Time'])
  if (serverTime) syncServerTime(serverTime)
  let data = response.data
  if (typeof data === 'string' && data) {
    try {
      data = JSON.parse(data)
    } catch {
      // leave as text
    }
  }
  if (response.statusCode >= 200 && response.statusCode < 300) return data as T
  const error = errorFromResponse(response.statusCode, data)
  // Wrong staff password or OTP are 401/400 refusals of a sign-in, not a session that ended.
  if (error.status === 401 && (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED')) {
    authToken.unauthorized(headers.authorization?.slice('Bearer '.length) ?? null)
  }
  throw error
}

/** Reads under way, by token and URL: a badge and its page asking for the same list share one request. */
const readsInFlight = new Map<string, Promise<unknown>>()

/** The one way the app talks to the backend. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  await ready
  if ((options.method ?? 'GET') !== 'GET') return send<T>(path, options)
  const key = `${authToken.get() ?? ''} ${buildUrl(path, options.query)}`
  let read = readsInFlight.get(key) as Promise<T> | undefined
  if (!read) {
    read = send<T>(path, options)
    readsInFlight.set(key, read)
    read.then(() => readsInFlight.delete(key), () => readsInFlight.delete(key))
  }
  return read
}

async function send<T>(path: string, options: RequestOptions): Promise<T> {
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  const token = authToken.get()
  if (token) headers.authorization = `Bearer ${token}`
  Object.assign(headers, options.headers)
  const idemKey = options.idempotencyKey === true ? newIdempotencyKey() : options.idempotencyKey
  if (idemKey) headers['idempotency-key'] = idemKey
  // Only reads and writes protected by an idempotency key may be repeated.
  const canRetry = method === 'GET' || !!idemKey
  const retries = canRetry ? options.retries ?? RETRY_DELAYS_MS.length : 0
  const url = buildUrl(path, options.query)
  const body = method === 'GET' ? undefined : options.body ?? {}
  for (let attempt = 0; ; attempt++) {
    try {
      return await once<T>(url, method, headers, body, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
    } catch (e) {
      if (!(e instanceof ApiError) || !e.retryable || attempt >= retries) throw e
      await sleep(RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)])
    }
  }
}

export const api = {
  get: <T>(path: string, query?: Query, options?: Omit<RequestOptions, 'method' | 'query'>) => request<T>(path, { ...options, method: 'GET', query }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) => request<T>(path, { ...options, method: 'POST', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) => request<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method'>) => request<T>(path, { ...options, method: 'DELETE' }),
}

/**
 * The server's clock, asked for directly: whatever offers days to pick from starts from the server's "today",
 * never the phone's (its answer also resyncs shared/time).
 */
export function serverTime(): Promise<ServerTimeResponse> {
  return request<ServerTimeResponse>('/api/time')
}

import Taro from '@tarojs/taro'
import { startBackend } from '../backend'
import type { PersistenceAdapter } from '../store'
import { randomSource, seedSecureRandom } from '../random'

const STORAGE_KEY = 'mock-backend-state'

const taroStorageAdapter: PersistenceAdapter = {
  load: () => Taro.getStorageSync(STORAGE_KEY) || null,
  save: (json) => {
    try {
      Taro.setStorageSync(STORAGE_KEY, json)
    } catch {
      // Over the 10 MB storage quota: keep working in memory.
    }
  },
}

/**
 * The mini-program has no crypto.getRandomValues; wx.getRandomValues (base library
 * 2.15.0+) is asynchronous, so it seeds the token generator once before the first request.
 */
async function seedFromWeChat(): Promise<void> {
  if (randomSource() === 'crypto') return
  const wxApi = (globalThis as { wx?: { getRandomValues?: (o: { length: number; success: (r: { randomValues: ArrayBuffer }) => void; fail: () => void }) => void } }).wx
  if (!wxApi?.getRandomValues) {
    console.warn('[mock] no wx.getRandomValues: session tokens are not cryptographically random')
    return
  }
  const bytes = await new Promise<ArrayBuffer | null>((resolve) => wxApi.getRandomValues!({ length: 32, success: (r) => resolve(r.randomValues), fail: () => resolve(null) }))
  if (bytes) seedSecureRandom(new Uint8Array(bytes))
}

/** A realistic small delay, so loading states show on weapp as they would against a server. */
const LATENCY_MS = 120

/**
 * The weapp mock: msw cannot run in the mini-program, so an interceptor on
 * Taro.request answers /api/ calls from the same routes, in process.
 */
export async function installMockInterceptor(): Promise<void> {
  await seedFromWeChat()
  const backend = startBackend(taroStorageAdapter)
  Taro.addInterceptor((chain: Taro.Chain) => {
    const options = chain.requestParams as Taro.request.Option
    const match = /^(?:https?:\/\/[^/]+)?(\/api\/.*)$/.exec(options.url)
    if (!match) return chain.proceed(options)
    return new Promise((resolve, reject) => {
      setTimeout(async () => {
        const headers: Record<string, string> = {}
        for (const [k, v] of Object.entries(options.header ?? {})) headers[k.toLowerCase()] = String(v)
        // wx.request sends a body as JSON text, application/json unless told otherwise: the router gets that same
        // text, so weapp meets the size, media-type and depth checks H5 and the HTTP server do (and loses
        // `undefined` values as the wire would).
        headers['content-type'] ??= 'application/json'
        const method = (options.method ?? 'GET').toUpperCase()
        let body: unknown = method === 'GET' ? undefined : options.data
        if (body !== undefined && typeof body !== 'string') {
          try {
            body = JSON.stringify(body)
          } catch {
            resolve({ statusCode: 400, data: { error: { code: 'BAD_REQUEST', message: '请求格式错误' } }, header: {}, errMsg: 'request:ok' })
            return
          }
        }
        const res = await backend.handle({ method, url: match[1], headers, body })
        if (res.networkError) reject({ errMsg: 'request:fail network down (mock)' })
        else resolve({ statusCode: res.status, data: res.body, header: res.headers, errMsg: 'request:ok' })
      }, LATENCY_MS)
    })
  })
}

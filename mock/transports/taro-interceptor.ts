import Taro from '@tarojs/taro'
import { startBackend } from '../backend'
import type { PersistenceAdapter } from '../store'

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

/** A realistic small delay, so loading states show on weapp as they would against a server. */
const LATENCY_MS = 120

/**
 * The weapp mock: msw cannot run in the mini-program, so an interceptor on
 * Taro.request answers /api/ calls from the same routes, in process.
 */
export function installMockInterceptor(): void {
  const backend = startBackend(taroStorageAdapter)
  Taro.addInterceptor((chain: Taro.Chain) => {
    const options = chain.requestParams as Taro.request.Option
    const match = /^(?:https?:\/\/[^/]+)?(\/api\/.*)$/.exec(options.url)
    if (!match) return chain.proceed(options)
    return new Promise((resolve, reject) => {
      setTimeout(async () => {
        const headers: Record<string, string> = {}
        for (const [k, v] of Object.entries(options.header ?? {})) headers[k.toLowerCase()] = String(v)
        // wx.request sends a string body as application/json unless told otherwise: the router's 415 check sees what WeChat would send.
        headers['content-type'] ??= 'application/json'
        const res = await backend.handle({ method: options.method ?? 'GET', url: match[1], headers, body: options.data })
        if (res.networkError) reject({ errMsg: 'request:fail network down (mock)' })
        else resolve({ statusCode: res.status, data: res.body, header: res.headers, errMsg: 'request:ok' })
      }, LATENCY_MS)
    })
  })
}

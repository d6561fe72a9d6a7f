/**
 * Jest stand-in for `@tarojs/taro`: the H5 implementation, with its named APIs
 * copied onto the default export (real builds rewrite `Taro.request` into a
 * named import) and `useLoad`/`useDidShow` run as mount effects.
 */
import { useEffect } from 'react'
import * as TaroH5 from '@tarojs/taro-h5'

const named = TaroH5 as unknown as Record<string, unknown>
const base = (named.default ?? {}) as Record<string, unknown>
const Taro: Record<string, unknown> = { ...base }
for (const [key, value] of Object.entries(named)) {
  if (key !== 'default' && Taro[key] === undefined) Taro[key] = value
}

const useOnMount = (cb: (opts: Record<string, string>) => void) => {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => { cb({}) }, [])
}
Taro.useLoad = useOnMount
Taro.useDidShow = useOnMount
Taro.useReady = useOnMount
Taro.usePullDownRefresh = () => undefined
Taro.useReachBottom = () => undefined
Taro.useShareAppMessage = () => undefined
Taro.useShareTimeline = () => undefined
Taro.useRouter = () => ({ params: (globalThis as any).__routerParams ?? {}, path: '' })
// Taro's H5 router is not started under jest: one page open, as when a link opens the app
Taro.getCurrentPages = () => [{}]
Taro.getEnv = () => 'WEB'
Taro.ENV_TYPE = { WEB: 'WEB', WEAPP: 'WEAPP' }

export default Taro as any
export const useLoad = Taro.useLoad as any
export const useDidShow = Taro.useDidShow as any
export const useReady = Taro.useReady as any
export const usePullDownRefresh = Taro.usePullDownRefresh as any
export const useReachBottom = Taro.useReachBottom as any
export const useShareAppMessage = Taro.useShareAppMessage as any
export const useShareTimeline = Taro.useShareTimeline as any
export const useRouter = Taro.useRouter as any

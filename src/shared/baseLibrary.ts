import Taro from '@tarojs/taro'
import { t } from './strings'

/**
 * The oldest WeChat base library the app runs on: the privacy API asked before getLocation
 * (wx.onNeedPrivacyAuthorization) needs 2.32.3. Also project.config.json libVersion.
 */
export const MIN_BASE_LIBRARY = '2.32.3'

/** Compares dotted versions numerically ('2.10.0' > '2.9.9'); a missing part counts as 0. */
export function compareVersion(a: string, b: string): number {
  const pa = a.split('.').map((n) => parseInt(n, 10) || 0)
  const pb = b.split('.').map((n) => parseInt(n, 10) || 0)
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (diff !== 0) return diff > 0 ? 1 : -1
  }
  return 0
}

/** The running base library's version (getAppBaseInfo from 2.25.3, getSystemInfoSync before it). */
function runningVersion(): string | undefined {
  try {
    const info = (Taro.getAppBaseInfo?.() ?? Taro.getSystemInfoSync()) as { SDKVersion?: string }
    return info.SDKVersion
  } catch {
    return undefined
  }
}

/**
 * WeChat's advice for old base libraries (低版本兼容): compare SDKVersion and ask the user to update WeChat.
 * Returns whether the version is too old (and the message was shown).
 */
export function warnIfBaseLibraryTooOld(): boolean {
  const version = runningVersion()
  if (!version || compareVersion(version, MIN_BASE_LIBRARY) >= 0) return false
  Taro.showModal({ title: t('app.updateWeChat.title'), content: t('app.updateWeChat.body', { version: MIN_BASE_LIBRARY }), showCancel: false })
  return true
}

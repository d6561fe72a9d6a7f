import Taro from '@tarojs/taro'
import type { ScanLabels } from './Scanner.d'

export async function scanOnce(_labels: ScanLabels): Promise<string | null> {
  try {
    const res = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] })
    return res.result ?? null
  } catch (e) {
    if (/cancel/i.test((e as { errMsg?: string })?.errMsg ?? '')) return null
    throw e
  }
}

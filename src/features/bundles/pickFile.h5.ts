import Taro from '@tarojs/taro'
import type { PickedFile } from './pickFile.d'

const nameOf = (path: string) => path.split('/').pop() || 'image.jpg'

/** H5: a picture from the camera or the gallery (Taro.chooseImage opens the browser's file picker). */
export async function pickFile(): Promise<PickedFile | null> {
  try {
    const res = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    const file = res.tempFiles[0] as { path: string; size: number; originalFileObj?: { name: string } } | undefined
    if (!file) return null
    return { fileName: file.originalFileObj?.name ?? nameOf(file.path), fileSize: file.size }
  } catch {
    // cancelled
    return null
  }
}

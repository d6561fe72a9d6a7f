import '@/shared/strings/zh/safe'
import Taro from '@tarojs/taro'
import { t } from '@/shared/strings'
import type { PickedFile } from './pickFile.d'

const cancelled = (e: unknown) => /cancel/i.test((e as { errMsg?: string })?.errMsg ?? '')

/** Mini-program: a picture (camera or album) or a file from a chat. */
export async function pickFile(): Promise<PickedFile | null> {
  let tapIndex: number
  try {
    ({ tapIndex } = await Taro.showActionSheet({ itemList: [t('safe.materialType.photo'), t('safe.field.file')] }))
  } catch {
    return null
  }
  try {
    if (tapIndex === 0) {
      const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['compressed'] })
      const file = res.tempFiles[0]
      return { name: file.tempFilePath.split('/').pop() || 'image.jpg', size: file.size, mimeType: 'image/jpeg' }
    }
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf', 'jpg', 'jpeg', 'png'] })
    const file = res.tempFiles[0]
    return { name: file.name, size: file.size, mimeType: file.type }
  } catch (e) {
    if (cancelled(e)) return null
    throw e
  }
}

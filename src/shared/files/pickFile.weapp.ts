import Taro from '@tarojs/taro'
import { t } from '../strings'
import type { PickedFile } from './pickFile.d'

const cancelled = (e: unknown) => /cancel/i.test((e as { errMsg?: string })?.errMsg ?? '')

/** Mini-program: a photo (camera or album, chooseMedia) or a file forwarded in a chat (chooseMessageFile, e.g. a PDF). */
export async function pickFile(): Promise<PickedFile | null> {
  let tapIndex: number
  try {
    ({ tapIndex } = await Taro.showActionSheet({ itemList: [t('file.pickMedia'), t('file.pickChatFile')] }))
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

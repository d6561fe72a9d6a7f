import '@/shared/strings/zh/bundles'
import Taro from '@tarojs/taro'
import { t } from '@/shared/strings'
import type { PickedFile } from './pickFile.d'

const nameOf = (path: string) => path.split('/').pop() || 'file'

/** weapp: a photo (chooseMedia) or a file forwarded in a chat (chooseMessageFile, e.g. a PDF). */
export async function pickFile(): Promise<PickedFile | null> {
  try {
    const sheet = await Taro.showActionSheet({ itemList: [t('bundles.pickMedia'), t('bundles.pickChatFile')] })
    if (sheet.tapIndex === 0) {
      const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['compressed'] })
      const file = res.tempFiles[0]
      return file ? { fileName: nameOf(file.tempFilePath), fileSize: file.size } : null
    }
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf', 'jpg', 'jpeg', 'png'] })
    const file = res.tempFiles[0]
    return file ? { fileName: file.name, fileSize: file.size } : null
  } catch {
    // cancelled (both pickers reject on cancel)
    return null
  }
}

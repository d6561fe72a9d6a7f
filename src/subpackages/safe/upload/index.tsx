import Taro from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { UploadForm } from '@/features/safe'

export default function UploadPage() {
  return (
    <Page>
      <UploadForm onDone={() => Taro.navigateBack()} />
    </Page>
  )
}

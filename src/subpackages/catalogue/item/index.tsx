import { useRouter } from '@tarojs/taro'
import { useSharePage } from '@/shared/share'
import { Page } from '@/shared/ui'
import { ItemGuide } from '@/features/catalogue'

export default function ItemPage() {
  const { params } = useRouter()
  useSharePage('share.item')
  return (
    <Page>
      <ItemGuide itemId={params.id ?? ''} />
    </Page>
  )
}

import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { ItemGuide } from '@/features/catalogue'

export default function ItemPage() {
  const { params } = useRouter()
  return (
    <Page>
      <ItemGuide itemId={params.id ?? ''} />
    </Page>
  )
}

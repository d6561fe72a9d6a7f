import { useRouter } from '@tarojs/taro'
import { useSharePage } from '@/shared/share'
import { NotFoundState, Page } from '@/shared/ui'
import { ItemGuide } from '@/features/catalogue'
import { AssistLink } from '@/features/assist'

export default function ItemPage() {
  const { params } = useRouter()
  useSharePage('share.item')
  return (
    <Page>
      {params.id ? (
        <>
          <ItemGuide itemId={params.id} />
          <AssistLink type='item' id={params.id} />
        </>
      ) : <NotFoundState />}
    </Page>
  )
}

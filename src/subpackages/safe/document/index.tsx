import { useRouter } from '@tarojs/taro'
import { NotFoundState, Page } from '@/shared/ui'
import { DocumentDetail } from '@/features/safe'

export default function DocumentPage() {
  const { params } = useRouter()
  return (
    <Page>
      {params.id ? <DocumentDetail id={params.id} /> : <NotFoundState />}
    </Page>
  )
}

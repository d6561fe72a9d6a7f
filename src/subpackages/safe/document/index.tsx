import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { DocumentDetail } from '@/features/safe'

export default function DocumentPage() {
  const { params } = useRouter()
  return (
    <Page>
      <DocumentDetail id={params.id ?? ''} />
    </Page>
  )
}

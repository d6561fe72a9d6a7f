import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { decodeParam } from '@/shared/routes'
import { CodeScreen } from '@/features/safe'

/** ?purpose=submit|pickup&docs=id1,id2&caseId=… */
export default function CodePage() {
  const { params } = useRouter()
  const purpose = params.purpose === 'pickup' ? 'pickup' : 'submit'
  const docs = params.docs ? decodeParam(params.docs).split(',').filter(Boolean) : []
  return (
    <Page>
      <CodeScreen purpose={purpose} preselected={docs} caseId={params.caseId || undefined} />
    </Page>
  )
}

import { useRouter } from '@tarojs/taro'
import { NotFoundState, Page } from '@/shared/ui'
import { decodeParam } from '@/shared/routes'
import { CertificateView } from '@/features/approvals'

/** Public: anyone holding the id (from the QR) may check it. */
export default function CertificatePage() {
  const { params } = useRouter()
  return (
    <Page>
      {params.id ? <CertificateView id={decodeParam(params.id)} /> : <NotFoundState />}
    </Page>
  )
}

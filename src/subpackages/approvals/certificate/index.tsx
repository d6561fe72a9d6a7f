import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { CertificateView } from '@/features/approvals'

/** Public: anyone holding the id (from the QR) may check it. */
export default function CertificatePage() {
  const { params } = useRouter()
  return (
    <Page>
      <CertificateView id={decodeURIComponent(params.id ?? '')} />
    </Page>
  )
}

import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { AddressForm } from '@/features/mail'

export default function AddressPage() {
  const { params } = useRouter()
  return (
    <Page>
      <AddressForm id={params.id || undefined} />
    </Page>
  )
}

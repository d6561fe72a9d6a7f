import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { StaffSignIn } from '@/features/account'

export default function StaffSignInPage() {
  const { params } = useRouter()
  return (
    <Page>
      <StaffSignIn redirect={params.redirect} expired={params.reason === 'expired'} />
    </Page>
  )
}

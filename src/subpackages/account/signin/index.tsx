import { useRouter } from '@tarojs/taro'
import { Page } from '@/shared/ui'
import { SignIn } from '@/features/account'

export default function SignInPage() {
  const { params } = useRouter()
  return (
    <Page>
      <SignIn redirect={params.redirect} expired={params.reason === 'expired'} />
    </Page>
  )
}

import Taro from '@tarojs/taro'
import { Cell, List, colors } from '@/shared/ui'
import { goToSignIn, useSession } from '@/shared/session'
import { useT } from '../strings'

/** 退出登录: ends the session here and on the backend; `onSignedOut` forgets what the user left on the device. */
export function SignOut({ onSignedOut }: { onSignedOut: (userId: string) => void }) {
  const t = useT()
  const user = useSession((s) => s.user)
  const token = useSession((s) => s.token)
  if (!user || !token) {
    return (
      <List>
        <Cell icon='user' title={t('signin.notSignedIn')} extra={t('signin.signInNow')} onClick={() => goToSignIn()} testId='sign-in' />
      </List>
    )
  }
  const signOut = async () => {
    const { confirm } = await Taro.showModal({ title: t('signin.signOut'), content: t('signin.signOutConfirm'), confirmText: t('signin.signOut'), confirmColor: colors.danger })
    if (!confirm) return
    const role = user.role
    await useSession.getState().signOut()
    onSignedOut(user.id)
    Taro.showToast({ title: t('signin.signedOut'), icon: 'success' })
    goToSignIn(role)
  }
  return (
    <List>
      <Cell icon='exit' title={t('signin.signOut')} onClick={signOut} testId='sign-out' />
    </List>
  )
}

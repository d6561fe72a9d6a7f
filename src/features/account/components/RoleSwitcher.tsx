import '../account.css'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Role } from '@/contract'
import { Icon, colors, type IconName } from '@/shared/ui'
import { goToSignIn, useSession } from '@/shared/session'
import { useT } from '../strings'
import { messageOf } from '@/shared/api'

const ROLES: Array<{ role: Role; icon: IconName }> = [
  { role: 'resident', icon: 'user' },
  { role: 'business', icon: 'building' },
  { role: 'clerk', icon: 'scan' },
]

/**
 * The demo role switch: resident and business in one tap; 窗口人员 opens the
 * clerk's sign-in (staff number and password). A tap while another sign-in is
 * under way is not dropped: the latest tap wins (see shared/session).
 */
export function RoleSwitcher() {
  const t = useT()
  const { user, signIn, signingIn } = useSession()
  const choose = async (role: Role) => {
    if (role === signingIn || (role === user?.role && !signingIn)) return
    if (role === 'clerk') {
      goToSignIn('clerk')
      return
    }
    try {
      await signIn(role)
      Taro.showToast({ title: t(`role.${role}`), icon: 'success' })
    } catch (e) {
      Taro.showToast({ title: messageOf(e), icon: 'none' })
    }
  }
  return (
    <View className='account-roles' role='radiogroup' aria-label={t('me.switchRole')}>
      {ROLES.map(({ role, icon }) => {
        const on = user?.role === role
        return (
          <View key={role} className={`account-role ${on ? 'account-role--on' : ''}`} onClick={() => choose(role)} role='radio' aria-checked={on} data-testid={`role-${role}`}>
            <Icon name={icon} color={on ? colors.primary : colors.textSecondary} size={24} />
            <Text className='account-role__name'>{signingIn === role ? t('state.loading') : t(`role.${role}`)}</Text>
          </View>
        )
      })}
    </View>
  )
}

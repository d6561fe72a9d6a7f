import '../account.css'
import { Text, View } from '@tarojs/components'
import { Card, Icon, Skeleton, Tag, colors } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { useT } from '../strings'
import { maskIdNumber } from '@/shared/validators'
import { useState } from 'react'

/** Who is signed in; numbers arrive masked from the backend and stay masked. */
export function ProfileCard() {
  const t = useT()
  const user = useSession((s) => s.user)
  const signingIn = useSession((s) => s.signingIn)
  // Masked like every identity number; the owner may reveal it here.
  const [showCode, setShowCode] = useState(false)
  if (!user) return signingIn ? <Skeleton cards={1} /> : null
  return (
    <Card testId='profile-card'>
      <View className='ui-row'>
        <View className='account-avatar'><Icon name={user.role === 'business' ? 'building' : 'user'} color={colors.primary} size={28} /></View>
        <View style={{ flex: 1, marginLeft: '12px' }}>
          <View className='ui-row'>
            <Text style={{ fontSize: 'var(--fs-title)', fontWeight: 600, marginRight: '8px' }}>{user.companyName ?? user.name}</Text>
            <Tag tone='primary'>{t(`role.${user.role}`)}</Tag>
          </View>
          {user.role === 'business' && user.creditCode && (
            <View className='ui-muted'>
              {t('me.creditCode')} {showCode ? user.creditCode : maskIdNumber(user.creditCode)}
              <Text className='account-reveal' onClick={() => setShowCode(!showCode)} role='button'>{t(showCode ? 'me.hide' : 'me.show')}</Text>
            </View>
          )}
          {user.idNumberMasked && <View className='ui-muted'>{user.role === 'business' ? `${user.name} · ` : ''}{t('me.idNumber')} {user.idNumberMasked}</View>}
          {user.phoneMasked && <View className='ui-muted'>{t('me.phone')} {user.phoneMasked}</View>}
          {user.role === 'clerk' && <View className='ui-muted'>{user.hallName} · {t('me.window')} {user.windowNo}</View>}
        </View>
      </View>
    </Card>
  )
}

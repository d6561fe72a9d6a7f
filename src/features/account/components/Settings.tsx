import '../account.css'
import Taro from '@tarojs/taro'
import { Switch } from '@tarojs/components'
import { Cell, List, colors, usePreferences } from '@/shared/ui'
import { useLocaleStore, useT } from '@/shared/strings'
import { api, messageOf } from '@/shared/api'
import { goToSignIn, useSession } from '@/shared/session'
import { go, ROUTES } from '@/shared/routes'
import { useState } from 'react'

export function Settings() {
  const t = useT()
  const { elder, setElder } = usePreferences()
  const { locale, setLocale } = useLocaleStore()
  const [networkDown, setNetworkDown] = useState(false)
  const toggleNetwork = async (down: boolean) => {
    try {
      await api.post('/api/dev/network', { down })
      setNetworkDown(down)
    } catch (e) {
      Taro.showToast({ title: messageOf(e), icon: 'none' })
    }
  }
  const resetDemo = async () => {
    try {
      await api.post('/api/dev/reset')
      // The reset forgot every session: sign in again as the same demo role (a clerk with the staff number).
      const role = useSession.getState().user?.role ?? 'resident'
      if (role === 'clerk') {
        useSession.getState().clear()
        goToSignIn('clerk')
        return
      }
      await useSession.getState().signIn(role)
      Taro.showToast({ title: t('me.resetDone'), icon: 'success' })
    } catch (e) {
      Taro.showToast({ title: messageOf(e), icon: 'none' })
    }
  }
  return (
    <List>
      <Cell icon='eye' title={t('me.elder')} desc={t('me.elderHint')} extra={<Switch checked={elder} color={colors.primary} onChange={(e) => setElder(e.detail.value)} aria-label={t('me.elder')} data-testid='elder-switch' />} arrow={false} />
      <Cell icon='message' title={t('me.language')} extra={locale === 'en' ? 'English' : '中文'} onClick={() => setLocale(locale === 'en' ? 'zh' : 'en')} testId='language-switch' />
      <Cell icon='lock' title={t('me.privacy')} onClick={() => go(ROUTES.privacy)} />
      {process.env.TARO_APP_MOCK === 'true' && (
        <>
          <Cell icon='wifi-off' title={t('me.networkDown')} desc={t('me.networkDownHint')} extra={<Switch checked={networkDown} color={colors.danger} onChange={(e) => toggleNetwork(e.detail.value)} aria-label={t('me.networkDown')} />} arrow={false} />
          <Cell icon='refresh' title={t('me.resetDemo')} onClick={resetDemo} />
        </>
      )}
    </List>
  )
}

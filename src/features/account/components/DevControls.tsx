import Taro from '@tarojs/taro'
import { Switch } from '@tarojs/components'
import { useState } from 'react'
import { Cell, colors } from '@/shared/ui'
import { useT } from '../strings'
import { api, messageOf } from '@/shared/api'
import { goToSignIn, useSession } from '@/shared/session'

/** The mock backend's switches (network down, demo reset): only in a build that carries the mock. */
export function DevControls() {
  const t = useT()
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
    <>
      <Cell icon='wifi-off' title={t('me.networkDown')} desc={t('me.networkDownHint')} extra={<Switch checked={networkDown} color={colors.danger} onChange={(e) => toggleNetwork(e.detail.value)} aria-label={t('me.networkDown')} />} arrow={false} />
      <Cell icon='refresh' title={t('me.resetDemo')} onClick={resetDemo} />
    </>
  )
}

import Taro from '@tarojs/taro'
import { Switch } from '@tarojs/components'
import { Cell, List } from '@/shared/ui'
import { usePreferences } from '@/shared/ui'
import { useLocaleStore, useT } from '@/shared/strings'
import { api, messageOf } from '@/shared/api'
import { useSession } from '@/shared/session'

export function Settings() {
  const t = useT()
  const { elder, setElder } = usePreferences()
  const { locale, setLocale } = useLocaleStore()
  const resetDemo = async () => {
    try {
      await api.post('/api/dev/reset')
      const role = useSession.getState().user?.role ?? 'resident'
      await useSession.getState().signIn(role)
      Taro.showToast({ title: t('me.resetDone'), icon: 'success' })
    } catch (e) {
      Taro.showToast({ title: messageOf(e), icon: 'none' })
    }
  }
  return (
    <List>
      <Cell icon='eye' title='关怀模式（大字）' extra={<Switch checked={elder} color='#1677FF' onChange={(e) => setElder(e.detail.value)} aria-label='关怀模式' />} arrow={false} />
      <Cell icon='message' title='Language / 语言' extra={locale === 'en' ? 'English' : '中文'} onClick={() => setLocale(locale === 'en' ? 'zh' : 'en')} />
      <Cell icon='refresh' title={t('me.resetDemo')} onClick={resetDemo} />
    </List>
  )
}

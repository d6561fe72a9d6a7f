import '../account.css'
import { Switch } from '@tarojs/components'
import { Cell, List, colors, usePreferences } from '@/shared/ui'
import { useLocaleStore } from '@/shared/strings'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { DevControls } from './DevControls'

export function Settings() {
  const t = useT()
  const { elder, setElder } = usePreferences()
  const { locale, setLocale } = useLocaleStore()
  return (
    <List>
      <Cell icon='eye' title={t('me.elder')} desc={t('me.elderHint')} extra={<Switch checked={elder} color={colors.primary} onChange={(e) => setElder(e.detail.value)} aria-label={t('me.elder')} data-testid='elder-switch' />} arrow={false} />
      <Cell icon='message' title={t('me.language')} extra={locale === 'en' ? 'English' : '中文'} onClick={() => setLocale(locale === 'en' ? 'zh' : 'en')} testId='language-switch' />
      <Cell icon='lock' title={t('me.privacy')} onClick={() => go(ROUTES.privacy)} />
      {/* written out in full so a production build folds it away, with DevControls and its /api/dev calls */}
      {process.env.TARO_APP_MOCK === 'true' && !process.env.TARO_APP_API_BASE && <DevControls />}
    </List>
  )
}

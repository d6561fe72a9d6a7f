import '../safe.entry.css'
import { Text, View } from '@tarojs/components'
import { Icon, colors, type IconName } from '@/shared/ui'
import { useEntryT as useT, type EntryKey as StringKey } from '../strings.entry'
import { go, ROUTES } from '@/shared/routes'

const ACTIONS: Array<{ key: StringKey; icon: IconName; path: string; testId: string }> = [
  { key: 'safe.action.showCode', icon: 'qr', path: ROUTES.safeCode, testId: 'safe-show-code' },
  { key: 'safe.action.upload', icon: 'upload', path: ROUTES.safeUpload, testId: 'safe-upload' },
  { key: 'safe.action.log', icon: 'eye', path: ROUTES.safeLog, testId: 'safe-log' },
]

/** The safe's head: what it is for, and its three actions. */
export function SafeHero() {
  const t = useT()
  return (
    <View className='safe-hero'>
      <Text className='safe-hero__title' role='heading' aria-level={1}>{t('safe.hero.title')}</Text>
      <Text className='safe-hero__desc'>{t('safe.hero.desc')}</Text>
      <View className='safe-hero__actions'>
        {ACTIONS.map((a) => (
          <View key={a.key} className='safe-hero__action' role='button' aria-label={t(a.key)} onClick={() => go(a.path)} data-testid={a.testId}>
            <Icon name={a.icon} color={colors.white} size={24} />
            <Text className='safe-hero__action-name'>{t(a.key)}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

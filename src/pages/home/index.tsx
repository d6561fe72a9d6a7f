import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Icon, Page, SearchBar, Section, colors, usePreferences, type IconName } from '@/shared/ui'
import { useT, type StringKey } from '@/shared/strings'
import { useSession } from '@/shared/session'
import { go, ROUTES } from '@/shared/routes'
import { ThemeGroups, openCatalogue } from '@/features/catalogue'
import { NewMatchesBadge } from '@/features/policies'
import { ExpiryCard } from '@/features/safe'
import './index.css'

interface Shortcut {
  key: StringKey
  icon: IconName
  open: () => void
  badge?: ReactNode
}

export default function HomePage() {
  const t = useT()
  const user = useSession((s) => s.user)
  const elder = usePreferences((s) => s.elder)
  const shortcuts: Shortcut[] = [
    { key: 'home.shortcut.bundles', icon: 'layers', open: () => go(ROUTES.bundles) },
    { key: 'home.shortcut.booking', icon: 'calendar', open: () => go(ROUTES.appointments) },
    { key: 'home.shortcut.safe', icon: 'safe', open: () => go(ROUTES.safe) },
    { key: 'home.shortcut.instant', icon: 'bolt', open: () => go(ROUTES.instant) },
    { key: 'home.shortcut.policies', icon: 'gift', open: () => go(ROUTES.policies), badge: <NewMatchesBadge /> },
    ...(user?.role === 'clerk' ? [
      { key: 'home.shortcut.clerkWindow' as const, icon: 'building' as const, open: () => go(ROUTES.clerkWindow) },
      { key: 'home.shortcut.clerk' as const, icon: 'scan' as const, open: () => go(ROUTES.clerkScan) },
      { key: 'home.shortcut.clerkFeedback' as const, icon: 'message' as const, open: () => go(ROUTES.clerkFeedback) },
      { key: 'home.shortcut.clerkMail' as const, icon: 'car' as const, open: () => go(ROUTES.clerkMail) },
      { key: 'home.shortcut.clerkAssist' as const, icon: 'people' as const, open: () => go(ROUTES.clerkAssist) },
    ] : []),
  ]
  // 关怀模式: the five things people come for most, one per row, large; themes behind one button.
  const elderActions: Shortcut[] = [
    { key: 'home.elder.search', icon: 'search', open: () => openCatalogue() },
    { key: 'home.shortcut.booking', icon: 'calendar', open: () => go(ROUTES.appointments) },
    { key: 'home.shortcut.safe', icon: 'safe', open: () => go(ROUTES.safe) },
    { key: 'home.elder.cases', icon: 'file', open: () => go(ROUTES.cases) },
    { key: 'home.shortcut.bundles', icon: 'layers', open: () => go(ROUTES.bundles) },
  ]
  if (elder) {
    return (
      <Page>
        <View className='home-hero'>
          <Text className='home-hero__title' role='heading' aria-level={1}>{t('app.name')}</Text>
          <Text className='home-hero__greeting'>{user ? t('home.greeting', { name: user.companyName ?? user.name }) : ' '}</Text>
        </View>
        <View className='home-elder' data-testid='home-elder'>
          {elderActions.map((a) => (
            <View key={a.key} className='home-elder__action' onClick={a.open} role='button' aria-label={t(a.key)}>
              <View className='home-shortcut__icon'><Icon name={a.icon} color={colors.white} size={30} /></View>
              <Text className='home-elder__name'>{t(a.key)}</Text>
              <Icon name='chevron-right' color={colors.textHint} size={24} />
            </View>
          ))}
          <View className='home-elder__more' onClick={() => openCatalogue()} role='button'>{t('home.elder.themes')}</View>
        </View>
        <ExpiryCard />
        <View className='home-hotline'>
          <Icon name='phone' size={20} color={colors.textSecondary} />
          <Text style={{ marginLeft: '8px' }}>{t('home.hotline')}</Text>
        </View>
      </Page>
    )
  }
  return (
    <Page>
      <View className='home-hero'>
        <Text className='home-hero__title' role='heading' aria-level={1}>{t('app.name')}</Text>
        <Text className='home-hero__greeting'>{user ? t('home.greeting', { name: user.companyName ?? user.name }) : ' '}</Text>
        <View className='home-hero__search'>
          <SearchBar value='' readOnly placeholder={t('home.searchPlaceholder')} onFocus={() => openCatalogue()} />
        </View>
      </View>
      <Section title={t('home.shortcuts')}>
        <View className='home-shortcuts'>
          {shortcuts.map((s) => (
            <View key={s.key} className='home-shortcut' onClick={s.open} role='button' aria-label={t(s.key)}>
              <View className='home-shortcut__icon' style={{ position: 'relative' }}><Icon name={s.icon} color={colors.white} size={26} />{s.badge}</View>
              <Text className='home-shortcut__name'>{t(s.key)}</Text>
            </View>
          ))}
        </View>
      </Section>
      <ExpiryCard />
      <ThemeGroups onOpen={(theme) => openCatalogue({ theme: theme.id })} />
      <View className='home-hotline ui-muted'>
        <Icon name='phone' size={14} color={colors.textHint} />
        <Text style={{ marginLeft: '4px' }}>{t('home.hotline')}</Text>
      </View>
    </Page>
  )
}

// imported here, not only from index.ts: tree-shaking (package.json sideEffects) drops a re-export module's own CSS import
import '../catalogue.css'
import { Text, View } from '@tarojs/components'
import type { Theme, ThemeGroup } from '@/contract'
import { Icon, LoadState, Section, Skeleton, colors, type IconName, ICON_PATHS } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { localized } from '@/shared/strings'
import { useT } from '../strings'
import { catalogueApi } from '../api'

const GROUPS: ThemeGroup[] = ['personal', 'business', 'industry']

function iconFor(name: string): IconName {
  return (name in ICON_PATHS ? name : 'grid') as IconName
}

/** The 27 themes in their three groups; tapping one opens the catalogue filtered by it. */
export function ThemeGroups({ onOpen }: { onOpen: (theme: Theme) => void }) {
  const t = useT()
  const themes = useResource(() => catalogueApi.themes(), [], { cacheKey: 'themes' })
  return (
    <LoadState resource={themes} skeleton={<View className='ui-section catalogue-themes-loading'><Skeleton cards={2} /></View>}>
      {(data) => (
        <>
          {GROUPS.map((group) => (
            <Section key={group} title={t(`home.themeGroup.${group}`)}>
              <View className='catalogue-theme-grid'>
                {data.items.filter((th) => th.group === group).map((theme) => (
                  <View key={theme.id} className='catalogue-theme' onClick={() => onOpen(theme)} role='button' aria-label={theme.name} data-testid={`theme-${theme.id}`}>
                    <View className='catalogue-theme__icon'><Icon name={iconFor(theme.icon)} color={colors.primary} size={24} /></View>
                    <Text className='catalogue-theme__name'>{localized(theme.name, theme.nameEn)}</Text>
                    <Text className='catalogue-theme__count'>{t('home.itemCount', { count: theme.itemCount })}</Text>
                  </View>
                ))}
              </View>
            </Section>
          ))}
        </>
      )}
    </LoadState>
  )
}

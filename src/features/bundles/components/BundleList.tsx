// imported here, not only from index.ts: tree-shaking (package.json sideEffects) drops a re-export module's own CSS import
import '../bundles.css'
import { Text, View } from '@tarojs/components'
import type { BundleSummary } from '@/contract'
import { Card, EmptyState, Icon, LoadState, Section, Skeleton, Tag, colors, ICON_PATHS, type IconName } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { localized } from '@/shared/strings'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { bundlesApi } from '../api'

export const bundleIcon = (name: string): IconName => (name in ICON_PATHS ? name : 'layers') as IconName

/** Every 一件事, with what each saves against doing its items one by one. */
export function BundleList() {
  const t = useT()
  const list = useResource(() => bundlesApi.list(), [], { cacheKey: 'bundles' })
  return (
    <LoadState resource={list} skeleton={<Section><Skeleton cards={4} /></Section>} isEmpty={(d) => d.total === 0} empty={<EmptyState title={t('bundles.emptyList')} action={t('bundles.backHome')} onAction={() => go(ROUTES.home)} />}>
      {(data) => (
        <Section title={t('bundles.title')}>
          <View className='ui-muted' style={{ marginBottom: '8px' }}>{t('bundles.listHint')}</View>
          {data.items.map((b: BundleSummary) => (
            <Card key={b.id} onClick={() => go(ROUTES.bundle, { id: b.id })} testId='bundle-card'>
              <View className='ui-row'>
                <View className='bundles-icon'><Icon name={bundleIcon(b.icon)} color={colors.primary} size={24} /></View>
                <View style={{ flex: 1, minWidth: 0 }}>
                  {/* the tag goes under the name when both do not fit (English, 关怀模式, 320 px) */}
                  <View className='ui-row bundles-card__head'>
                    <Text className='bundles-card__name'>{localized(b.name, b.nameEn)}</Text>
                    <Tag tone={b.target === 'business' ? 'warning' : 'primary'}>{t(b.target === 'business' ? 'bundles.forBusiness' : 'bundles.forPerson')}</Tag>
                  </View>
                  <View className='ui-muted'>{localized(b.summary, b.summaryEn)}</View>
                  <View className='bundles-card__saving'>
                    {t('bundles.itemCount', { count: b.itemCount })} · {t('bundles.savingShort', { trips: b.saving.separate.trips - b.saving.bundled.trips, materials: b.saving.separate.materials - b.saving.bundled.materials })}
                  </View>
                </View>
              </View>
            </Card>
          ))}
        </Section>
      )}
    </LoadState>
  )
}

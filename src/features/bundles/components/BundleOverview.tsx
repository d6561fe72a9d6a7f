// imported here, not only from index.ts: tree-shaking (package.json sideEffects) drops a re-export module's own CSS import
import '../bundles.css'
import { Text, View } from '@tarojs/components'
import type { BundleDetail } from '@/contract'
import { Banner, Button, Card, Cell, Icon, List, LoadState, Section, Tag, colors } from '@/shared/ui'
import { localized } from '@/shared/strings'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { useBundle } from '../hooks'
import { draftKey, useDrafts } from '../draft'
import { SavingCard } from './SavingCard'
import { bundleIcon } from './BundleList'
import { useShareSubject } from '@/shared/share'

/** A bundle's page: its items, what it saves, and the way in (or back into a saved draft). */
export function BundleOverview({ bundleId }: { bundleId: string }) {
  const t = useT()
  const { userId, detail } = useBundle(bundleId)
  const draft = useDrafts((s) => (userId ? s.drafts[draftKey(userId, bundleId)] : undefined))
  const discard = useDrafts((s) => s.discard)
  useShareSubject(detail.data ? localized(detail.data.name, detail.data.nameEn) : undefined)
  return (
    <LoadState resource={detail}>
      {(data: BundleDetail) => (
        <View data-testid='bundle-overview'>
          <View className='ui-section'>
            <Card>
              <View className='ui-row'>
                <View className='bundles-icon'><Icon name={bundleIcon(data.icon)} color={colors.primary} size={24} /></View>
                <Text className='ui-section__title' style={{ flex: 1 }} role='heading' aria-level={1}>{localized(data.name, data.nameEn)}</Text>
              </View>
              <View className='ui-muted' style={{ marginTop: '8px' }}>{localized(data.summary, data.summaryEn)}</View>
              <View className='bundles-tags'>
                <Tag tone={data.target === 'business' ? 'warning' : 'primary'}>{t(data.target === 'business' ? 'bundles.forBusiness' : 'bundles.forPerson')}</Tag>
              </View>
            </Card>
          </View>
          <SavingCard saving={data.saving} />
          <Section title={t('bundles.items', { count: data.itemGuides.length })}>
            <View className='ui-muted' style={{ marginBottom: '8px' }}>{t('bundles.itemsHint')}</View>
            <List>
              {data.itemGuides.map((item) => (
                <Cell key={item.id} title={item.name} desc={`${item.department} · ${item.timeLimitDays === 0 ? t('item.timeLimitNow') : t('item.timeLimit', { days: item.timeLimitDays })}`} onClick={() => go(ROUTES.item, { id: item.id })} testId='bundle-item' />
              ))}
            </List>
          </Section>
          {draft && <Banner icon='file'>{t('bundles.draftSaved')}</Banner>}
          <View className='ui-gap' />
          <View className='ui-footer-bar'>
            {draft && userId && (
              <View style={{ flex: 1 }}><Button variant='default' block onClick={() => discard(draftKey(userId, bundleId))} testId='bundle-restart'>{t('bundles.restart')}</Button></View>
            )}
            <View style={{ flex: 2 }}>
              <Button block onClick={() => go(ROUTES.bundleApply, { id: bundleId })} testId='bundle-start'>{t(draft ? 'bundles.resume' : 'bundles.start')}</Button>
            </View>
          </View>
        </View>
      )}
    </LoadState>
  )
}

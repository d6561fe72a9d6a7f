// imported here, not only from index.ts: tree-shaking (package.json sideEffects) drops a re-export module's own CSS import
import '../bundles.css'
import { Text, View } from '@tarojs/components'
import { Banner, Button, Card, Cell, EmptyState, Icon, List, Section, colors } from '@/shared/ui'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { useDrafts } from '../draft'

/** After the one submission: the case number, the items now under way, and what is still to hand in. */
export function DoneView({ caseId }: { caseId: string }) {
  const t = useT()
  const done = useDrafts((s) => s.submitted[caseId])
  if (!done) return <EmptyState title={t('bundles.doneMissing')} action={t('bundles.backHome')} onAction={() => go(ROUTES.home)} />
  return (
    <View data-testid='bundle-done'>
      <View className='ui-section'>
        <Card>
          <View className='bundles-done'>
            <View className='bundles-done__icon'><Icon name='check' color={colors.white} size={36} /></View>
            <Text className='bundles-done__title' role='heading' aria-level={1}>{t('bundles.doneTitle')}</Text>
            <Text className='ui-muted'>{done.bundleName}</Text>
            <Text className='ui-muted' style={{ marginTop: '12px' }}>{t('bundles.doneNumber')}</Text>
            <Text className='ui-number' data-testid='case-number'>{done.caseNumber}</Text>
          </View>
        </Card>
      </View>
      {done.deferred.length > 0 && <Banner tone='warning' icon='alert'>{t('bundles.doneDeferred', { names: done.deferred.join(t('format.listSeparator')) })}</Banner>}
      <Section title={t('bundles.reviewItems')}>
        <List>{done.items.map((i) => <Cell key={i.subCaseId} icon='clock' title={i.itemName} extra={t('bundles.itemSubmitted')} />)}</List>
      </Section>
      <View className='ui-muted' style={{ margin: '12px 16px' }}>{t('bundles.doneHint')}</View>
      <View className='ui-section'>
        <Button block onClick={() => go(ROUTES.caseDetail, { id: caseId })} testId='done-cases'>{t('bundles.viewCases')}</Button>
        <View style={{ height: '12px' }} />
        <Button block variant='default' onClick={() => go(ROUTES.home)}>{t('bundles.backHome')}</Button>
      </View>
    </View>
  )
}

import '../approvals.css'
import { Text, View } from '@tarojs/components'
import type { InstantItemSummary } from '@/contract'
import { Banner, Card, EmptyState, Icon, LoadState, Section, Tag, colors } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useT, type StringKey } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { approvalsApi } from '../api'

const TARGET: Record<InstantItemSummary['target'], StringKey> = {
  business: 'approvals.target.business',
  person: 'approvals.target.person',
  both: 'approvals.target.both',
}

/** 秒批秒办: the items the rules decide in seconds. */
export function InstantList() {
  const t = useT()
  const items = useResource(() => approvalsApi.items(), [], { cacheKey: 'approvals:items' })
  return (
    <View>
      <Banner icon='bolt'>{t('approvals.list.intro')}</Banner>
      <Section title={t('approvals.list.title')}>
        <LoadState resource={items} isEmpty={(d) => d.items.length === 0} empty={<EmptyState icon='bolt' title={t('approvals.list.empty')} hint={t('approvals.list.emptyHint')} action={t('approvals.list.browse')} onAction={() => go(ROUTES.services)} />}>
          {(data) => (
            <View data-testid='instant-list'>
              {data.items.map((item) => (
                <Card key={item.itemId} onClick={() => go(ROUTES.instantApply, { itemId: item.itemId })} testId='instant-item'>
                  <View className='ui-row'>
                    <View className='approvals-item__icon'><Icon name='bolt' color={colors.white} size={20} /></View>
                    <View className='approvals-item__body'>
                      <Text className='approvals-item__name'>{item.name}</Text>
                      <View className='ui-muted'>{item.department}</View>
                    </View>
                    <Icon name='chevron-right' color={colors.textHint} size={16} />
                  </View>
                  <View className='approvals-item__meta'>
                    <Tag tone='success'>{t('approvals.tag.instant')}</Tag>
                    <Tag tone='neutral'>{t(TARGET[item.target])}</Tag>
                    <Text className='ui-muted'>{t('approvals.list.meta', { checks: item.checkCount, fields: item.fieldCount })}</Text>
                  </View>
                </Card>
              ))}
            </View>
          )}
        </LoadState>
      </Section>
    </View>
  )
}

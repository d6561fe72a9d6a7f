import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { Card, EmptyState, LoadState, Tag } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useBusiness } from '../useBusiness'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { policiesApi } from '../api'
import { APPLICATION_TONE, formatYuan } from '../format'
import { ApplicationSteps } from './ApplicationSteps'
import { ResidentPrompt } from './ResidentPrompt'
import '../policies.css'

/** 我的申报: every policy application with its progress and amount. */
export function ApplicationList() {
  const t = useT()
  const { user, token, isBusiness } = useBusiness()
  const list = useResource(() => policiesApi.applications(), [token], { enabled: isBusiness, cacheKey: user ? `policy-applications-${user.id}` : undefined, tags: ['policy-applications'] })
  useDidShow(() => { if (list.data) list.reload() })
  if (user && !isBusiness) return <ResidentPrompt />
  return (
    <View className='policies-section'>
      <LoadState
        resource={list}
        isEmpty={(d) => !d.items.length}
        empty={<EmptyState icon='gift' title={t('policies.applications.empty')} hint={t('policies.applications.emptyHint')} action={t('policies.applications.browse')} onAction={() => go(ROUTES.policies, { tab: 'for-you' })} />}
      >
        {(data) => data.items.map((a) => (
          <Card key={a.id} className='policies-card' onClick={() => go(ROUTES.policyApplication, { id: a.id })} testId={`application-${a.policyId}`}>
            <View className='policies-card__head'>
              <Text className='policies-card__title'>{a.policyTitle}</Text>
              <Tag tone={APPLICATION_TONE[a.status]}>{t(`policies.stepStatus.${a.status}`)}</Tag>
            </View>
            <View className='policies-card__dept'>{t('policies.applications.caseNumber', { number: a.caseNumber })}</View>
            <View className='policies-card__foot'>
              <Text className={`policies-amount ${a.status === 'paid' ? 'policies-amount--paid' : ''}`}>{formatYuan(a.amountPaid ?? a.amount)}</Text>
            </View>
            <ApplicationSteps application={a} />
          </Card>
        ))}
      </LoadState>
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { Button, Card, List, Cell, LoadState, Section, Tag } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useBusiness } from '../useBusiness'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { formatDateTime } from '@/shared/time'
import { policiesApi } from '../api'
import { APPLICATION_TONE, formatYuan } from '../format'
import { ApplicationSteps } from './ApplicationSteps'
import { ResidentPrompt } from './ResidentPrompt'
import '../policies.css'

/** One application: where it is (申报 → 审核 → 兑现), the amount, where the money goes, the case number. */
export function ApplicationStatus({ id }: { id: string }) {
  const t = useT()
  const { user, token, isBusiness } = useBusiness()
  const app = useResource(() => policiesApi.application(id), [id, token], { enabled: isBusiness })
  useDidShow(() => { if (app.data) app.reload() })
  if (user && !isBusiness) return <ResidentPrompt />
  return (
    <LoadState resource={app}>
      {(a) => (
        <View data-testid='application-status' data-status={a.status}>
          <View className='policies-hero'>
            <View className='ui-row'>
              <Text className='policies-hero__title' role='heading' aria-level={1}>{a.policyTitle}</Text>
            </View>
            <View className='policies-hero__dept'>{a.department}</View>
            <View className='policies-hero__row'>
              <Tag tone={APPLICATION_TONE[a.status]}>{t(`policies.stepStatus.${a.status}`)}</Tag>
              <Text className='ui-muted'>{t('policies.applications.caseNumber', { number: a.caseNumber })}</Text>
            </View>
          </View>
          <Section>
            <Card>
              <ApplicationSteps application={a} />
            </Card>
          </Section>
          <Section>
            <Card testId='application-amount'>
              <View className='policies-card__label'>{t(a.status === 'paid' ? 'policies.application.paid' : 'policies.application.amount')}</View>
              <Text className={`policies-amount policies-amount--hero ${a.status === 'paid' ? 'policies-amount--paid' : ''}`} data-testid='application-amount-value'>{formatYuan(a.amountPaid ?? a.amount)}</Text>
              <View className='ui-muted'>{t(a.status === 'paid' ? 'policies.application.paidTo' : 'policies.application.waiting', { account: a.bankAccountMasked })}</View>
            </Card>
          </Section>
          <Section title={t('policies.application.materials')}>
            <List>
              {a.materials.map((m) => <Cell key={m.name} title={m.name} extra={t(`policies.material.${m.source}`)} />)}
            </List>
          </Section>
          <Section>
            <View className='ui-muted' style={{ marginBottom: '8px' }}>{t('policies.application.toCases')} · {formatDateTime(a.submittedAt)}</View>
            <Button variant='default' block onClick={() => go(ROUTES.policy, { id: a.policyId })}>{t('policies.application.policy')}</Button>
          </Section>
        </View>
      )}
    </LoadState>
  )
}

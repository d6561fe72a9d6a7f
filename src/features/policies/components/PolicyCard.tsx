import '../policies.css'
import { Text, View } from '@tarojs/components'
import type { PolicySummary } from '@/contract'
import { Card, Tag } from '@/shared/ui'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { MatchLines } from './MatchLines'
import { DEADLINE_TONE, MATCH_TONE, deadlineText, formatYuan } from '../format'

/** One policy in a list: what it gives, by when, and (for a business) whether it fits and why. */
export function PolicyCard({ policy, showWhy }: { policy: PolicySummary; showWhy?: boolean }) {
  const t = useT()
  const match = policy.match
  const estimate = match && (match.status === 'eligible' || match.status === 'near') ? match.estimate : undefined
  return (
    <Card className='policies-card' onClick={() => go(ROUTES.policy, { id: policy.id })} testId={`policy-${policy.id}`}>
      <View className='policies-card__head'>
        <Text className='policies-card__title'>{policy.title}</Text>
        {match && <Tag tone={MATCH_TONE[match.status]}>{t(`policies.status.${match.status}`)}</Tag>}
      </View>
      <View className='policies-card__dept'>{policy.department}</View>
      <View className='policies-card__summary'>{policy.summary}</View>
      <View className='policies-card__foot'>
        {estimate !== undefined ? (
          <View>
            <View className='policies-card__label'>{t(match?.status === 'near' ? 'policies.estimateNear' : 'policies.estimate')}</View>
            <Text className='policies-amount' data-testid='policy-estimate'>{formatYuan(estimate)}</Text>
          </View>
        ) : (
          <Text className='policies-amount policies-amount--plain'>{policy.amountText}</Text>
        )}
        <Tag tone={DEADLINE_TONE[policy.deadlineStatus]}>{deadlineText(policy, t)}</Tag>
      </View>
      {showWhy && match && (match.status === 'eligible' || match.status === 'near') && (
        <View className={`policies-why ${match.status === 'near' ? 'policies-why--missing' : ''}`}>
          <View className='policies-why__title'>{t(match.status === 'near' ? 'policies.missing' : 'policies.why')}</View>
          {match.status === 'near'
            ? <MatchLines lines={match.missing} kind='missing' testId='match-missing' />
            : <MatchLines lines={match.reasons} kind='reason' testId='match-reasons' />}
        </View>
      )}
    </Card>
  )
}

import { Text, View } from '@tarojs/components'
import type { Policy, PolicyMatch } from '@/contract'
import { Button, Card, LoadState, Section, Tag } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useSession } from '@/shared/session'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { policiesApi } from '../api'
import { DEADLINE_TONE, MATCH_TONE, deadlineText, formatYuan, industryNames } from '../format'
import { MatchLines } from './MatchLines'
import '../policies.css'
import { useShareSubject } from '@/shared/share'

function YourMatch({ match }: { match: PolicyMatch }) {
  const t = useT()
  const hasEstimate = match.estimate !== undefined && (match.status === 'eligible' || match.status === 'near')
  return (
    <Section title={t('policies.detail.yourMatch')}>
      <Card testId='policy-match'>
        <View className='ui-row'>
          <Tag tone={MATCH_TONE[match.status]}>{t(`policies.status.${match.status}`)}</Tag>
        </View>
        {hasEstimate && (
          <View className='policies-estimate'>
            <View className='policies-card__label'>{t(match.status === 'near' ? 'policies.estimateNear' : 'policies.estimate')}</View>
            <Text className='policies-amount'>{formatYuan(match.estimate!)}</Text>
            {match.estimateBasis && <View className='ui-muted'>{match.estimateBasis}</View>}
          </View>
        )}
        {match.reasons.length > 0 && <View className='policies-why'><View className='policies-why__title'>{t('policies.why')}</View><MatchLines lines={match.reasons} kind='reason' testId='match-reasons' /></View>}
        {match.missing.length > 0 && <View className='policies-why policies-why--missing'><View className='policies-why__title'>{t('policies.missing')}</View><MatchLines lines={match.missing} kind='missing' testId='match-missing' /></View>}
      </Card>
    </Section>
  )
}

function ApplyBar({ policy }: { policy: Policy }) {
  const t = useT()
  const role = useSession((s) => s.user?.role)
  let action
  if (policy.applicationId) action = <Button block onClick={() => go(ROUTES.policyApplication, { id: policy.applicationId })} testId='view-application'>{t('policies.detail.viewApplication')}</Button>
  else if (policy.deadlineStatus === 'closed') action = <Button block disabled>{t('policies.detail.closed')}</Button>
  else if (role !== 'business') action = <Button block variant='plain' onClick={() => go(ROUTES.me)}>{t('policies.detail.residentApply')}</Button>
  else if (policy.match?.status !== 'eligible') action = <Button block disabled>{t('policies.detail.cannotApply')}</Button>
  else action = <Button block onClick={() => go(ROUTES.policyApply, { id: policy.id })} testId='apply'>{t('policies.detail.apply')}</Button>
  return <View className='ui-footer-bar'>{action}</View>
}

/** A policy in full: the headline, the business's match, the 解读 (who, how much, how, by when), conditions and materials. */
export function PolicyDetail({ id }: { id: string }) {
  const t = useT()
  const token = useSession((s) => s.token)
  const policy = useResource(() => policiesApi.policy(id), [id, token], { cacheKey: `policy-${id}`, tags: ['policy-match'] })
  useShareSubject(policy.data?.title)
  return (
    <LoadState resource={policy}>
      {(p) => (
        <View data-testid='policy-detail'>
          <View className='policies-hero'>
            <Text className='policies-hero__title' role='heading' aria-level={1}>{p.title}</Text>
            <View className='policies-hero__dept'>{p.department}</View>
            <View className='policies-hero__row'>
              <Text className='policies-amount policies-amount--hero'>{p.amountText}</Text>
              <Tag tone={DEADLINE_TONE[p.deadlineStatus]}>{deadlineText(p, t)}</Tag>
            </View>
            <View className='policies-hero__summary'>{p.summary}</View>
          </View>
          {p.match && <YourMatch match={p.match} />}
          <Section title={t('policies.detail.interpretation')}>
            <Card testId='policy-interpretation'>
              {([['who', p.interpretation.who], ['howMuch', p.interpretation.howMuch], ['how', p.interpretation.how], ['byWhen', p.interpretation.byWhen]] as const).map(([key, text]) => (
                <View key={key} className='policies-qa'>
                  <View className='policies-qa__q'>{t(`policies.detail.${key}`)}</View>
                  <View className='policies-qa__a'>{text}</View>
                </View>
              ))}
            </Card>
          </Section>
          <Section title={t('policies.detail.conditions')}>
            <Card>
              <View className='policies-kv'><Text className='policies-kv__k'>{t('policies.filter.industry')}</Text><Text>{industryNames(p.industries, t)}</Text></View>
              {p.conditionTexts.map((c, i) => <View key={c} className='policies-list-line'>{i + 1}. {c}</View>)}
            </Card>
          </Section>
          <Section title={t('policies.detail.materials')}>
            <Card>
              {p.materials.map((m) => (
                <View key={m.name} className='policies-material'>
                  <Text className='policies-material__name'>{m.name}</Text>
                  <Tag tone={m.source === 'safe' ? 'primary' : m.source === 'shared' ? 'success' : 'neutral'}>{t(`policies.material.${m.source}`)}</Tag>
                </View>
              ))}
            </Card>
          </Section>
          <Section>
            <Card>
              <View className='policies-kv'><Text className='policies-kv__k'>{t('policies.detail.basis')}</Text><Text>{p.basis}</Text></View>
              <View className='policies-kv'><Text className='policies-kv__k'>{t('policies.detail.published')}</Text><Text>{p.publishedAt}</Text></View>
            </Card>
          </Section>
          <View className='ui-gap' />
          <ApplyBar policy={p} />
        </View>
      )}
    </LoadState>
  )
}

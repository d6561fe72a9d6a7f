import '../policies.css'
import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { Card, EmptyState, LoadState, Section, Skeleton } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useBusiness } from '../useBusiness'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { policiesApi } from '../api'
import { useSeenMatches } from '../seen'
import { formatYuan } from '../format'
import { PolicyCard } from './PolicyCard'
import { ResidentPrompt } from './ResidentPrompt'

/** 精准推送: the policies this business qualifies for, why, what each could bring; and the ones it misses by a little. */
export function ForYou() {
  const t = useT()
  const { user, token, isBusiness } = useBusiness()
  const markSeen = useSeenMatches((s) => s.markSeen)
  const matched = useResource(() => policiesApi.matched(), [user?.id, token], { enabled: isBusiness, cacheKey: user ? `policies-matched-${user.id}` : undefined, tags: ['policy-match'] })
  useDidShow(() => { if (isBusiness && matched.data) matched.reload() })
  useEffect(() => {
    if (user && matched.data && !matched.offline) markSeen(user.id, matched.data.items.map((p) => p.id))
  }, [matched.data, matched.offline, user, markSeen])
  if (!isBusiness) return user ? <ResidentPrompt /> : <Skeleton />
  const total = (matched.data?.items ?? []).reduce((sum, p) => sum + (p.match?.estimate ?? 0), 0)
  return (
    <LoadState
      resource={matched}
      isEmpty={(d) => !d.items.length && !d.nearMisses?.length}
      empty={<EmptyState icon='gift' title={t('policies.forYou.empty')} hint={t('policies.forYou.emptyHint')} action={t('policies.forYou.editProfile')} onAction={() => go(ROUTES.businessProfile)} />}
    >
      {(data) => (
        <View data-testid='for-you'>
          <View className='policies-section'>
            <Card className='policies-total'>
              <View className='policies-total__label'>{t('policies.forYou.summary', { count: data.items.length })}</View>
              <Text className='policies-total__amount' data-testid='for-you-total'>{formatYuan(total)}</Text>
              <View className='policies-total__hint'>
                <Text>{t('policies.forYou.profileHint')}</Text>
                <Text className='policies-link' onClick={() => go(ROUTES.businessProfile)} role='button' data-testid='edit-profile'>{t('policies.forYou.editProfile')}</Text>
              </View>
            </Card>
          </View>
          {data.items.length > 0 && (
            <View className='policies-section' data-testid='matched-list'>
              {data.items.map((p) => <PolicyCard key={p.id} policy={p} showWhy />)}
            </View>
          )}
          {!!data.nearMisses?.length && (
            <Section title={t('policies.forYou.near')}>
              <View className='ui-muted policies-hint'>{t('policies.forYou.nearHint')}</View>
              <View data-testid='near-list'>
                {data.nearMisses.map((p) => <PolicyCard key={p.id} policy={p} showWhy />)}
              </View>
            </Section>
          )}
        </View>
      )}
    </LoadState>
  )
}

import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Badge } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { useT } from '../strings'
import { useNewMatches } from '../seen'
import { ForYou } from './ForYou'
import { PolicyBrowser } from './PolicyBrowser'
import '../policies.css'

type Tab = 'for-you' | 'all'

/** 优惠政策专区: For you (with a badge for new matches) and all policies. */
export function PolicyArea({ initialTab }: { initialTab?: Tab }) {
  const t = useT()
  const role = useSession((s) => s.user?.role)
  const [tab, setTab] = useState<Tab>(initialTab ?? (role === 'business' ? 'for-you' : 'all'))
  const fresh = useNewMatches()
  const tabs: Array<{ key: Tab; label: string; badge?: number }> = [
    { key: 'for-you', label: t('policies.tab.forYou'), badge: tab === 'for-you' ? 0 : fresh },
    { key: 'all', label: t('policies.tab.all') },
  ]
  return (
    <View>
      <View className='policies-tabs' role='tablist'>
        {tabs.map((item) => (
          <View key={item.key} className={`policies-tab ${tab === item.key ? 'policies-tab--on' : ''}`} onClick={() => setTab(item.key)} role='tab' aria-selected={tab === item.key} data-testid={`policies-tab-${item.key}`}>
            <Text>{item.label}</Text>
            {!!item.badge && <View className='policies-tab__badge' data-testid='new-matches-badge' aria-label={t('policies.forYou.new', { count: item.badge })}><Badge count={item.badge} /></View>}
          </View>
        ))}
      </View>
      {tab === 'for-you' ? <ForYou /> : <PolicyBrowser />}
    </View>
  )
}

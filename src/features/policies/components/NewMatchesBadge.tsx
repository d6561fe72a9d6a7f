import { View } from '@tarojs/components'
import { Badge } from '@/shared/ui'
import { useEntryT } from '../strings.entry'
import { useNewMatches } from '../seen'
import './NewMatchesBadge.css'

/** The count of new matches (its words live with the home page's, so home does not load every policy string), for the 惠企政策 shortcut (a tab-bar badge cannot sit on a page that is not a tab). */
export function NewMatchesBadge() {
  const t = useEntryT()
  const count = useNewMatches()
  if (!count) return null
  return <View className='policies-shortcut-badge' data-testid='policies-shortcut-badge' aria-label={t('home.newPolicyMatches', { count })}><Badge count={count} /></View>
}

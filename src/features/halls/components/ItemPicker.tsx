import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { ServiceItem } from '@/contract'
import { Cell, EmptyState, ErrorState, List, SearchBar, Skeleton } from '@/shared/ui'
import { useT } from '../strings'
import { hallsApi } from '../api'
import '../halls.entry.css'
import '../halls.css'

/** Items people book most at the halls (from the seeds' 智能预约 examples). */
export const POPULAR_ITEMS: Array<Pick<ServiceItem, 'id' | 'name'>> = [
  { id: 'residence-permit', name: '居住证申领' },
  { id: 'birth-hukou', name: '出生登记（新生儿入户）' },
  { id: 'marriage-registration', name: '内地居民结婚登记' },
  { id: 'elder-card', name: '老年人优待证办理' },
  { id: 'disability-card', name: '残疾人证办理' },
  { id: 'company-registration', name: '企业设立登记' },
]

/** Search a bookable item by name; shows the popular ones before typing. */
export function ItemPicker({ onPick, placeholder, testId = 'item-picker' }: { onPick: (item: Pick<ServiceItem, 'id' | 'name'>) => void; placeholder?: string; testId?: string }) {
  const t = useT()
  const [query, setQuery] = useState('')
  const [state, setState] = useState<{ items?: ServiceItem[]; error?: unknown; loading: boolean }>({ loading: false })
  // bumped by Retry: setting the same query again would not re-run the search
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    const q = query.trim()
    if (!q) {
      setState({ loading: false })
      return
    }
    let live = true
    setState((s) => ({ ...s, loading: true, error: undefined }))
    // wait for a pause in typing before asking the backend
    const timer = setTimeout(() => {
      hallsApi.items({ q, pageSize: 8 })
        .then((res) => live && setState({ items: res.items, loading: false }))
        .catch((error) => live && setState({ error, loading: false }))
    }, 250)
    return () => { live = false; clearTimeout(timer) }
  }, [query, attempt])
  const rows = query.trim() ? state.items : POPULAR_ITEMS
  return (
    <View data-testid={testId}>
      <SearchBar value={query} onInput={setQuery} placeholder={placeholder ?? t('halls.filter.itemPlaceholder')} testId={`${testId}-search`} />
      <View className='halls-suggest'>
        {state.error ? <ErrorState error={state.error} onRetry={() => setAttempt((n) => n + 1)} />
          : state.loading && !state.items ? <Skeleton cards={1} rows={3} />
            : rows && rows.length === 0 ? <EmptyState icon='search' title={t('halls.filter.noItem')} />
              : (
                <List>
                  {(rows ?? []).map((item) => <Cell key={item.id} title={item.name} desc={'department' in item ? (item as ServiceItem).department : undefined} onClick={() => onPick({ id: item.id, name: item.name })} testId='item-option' />)}
                </List>
              )}
      </View>
    </View>
  )
}

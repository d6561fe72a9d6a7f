import { useEffect } from 'react'
import { ScrollView, Text, View } from '@tarojs/components'
import type { ServiceItem } from '@/contract'
import { EmptyState, ErrorState, List, SearchBar, Skeleton } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useT } from '@/shared/strings'
import { go, ROUTES } from '@/shared/routes'
import { catalogueApi } from '../api'
import { useItemSearch } from '../useItemSearch'
import { ItemRow } from './ItemRow'
import { useCatalogueIntent } from '../intent'

/** 办事: search as you type over the whole catalogue, filtered by theme. */
export function CatalogueBrowser({ initialQuery = '', initialTheme = '' }: { initialQuery?: string; initialTheme?: string }) {
  const t = useT()
  const search = useItemSearch(initialQuery, initialTheme)
  const intent = useCatalogueIntent()
  useEffect(() => {
    if (!intent.seq) return
    search.setQuery(intent.query)
    search.setTheme(intent.theme)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [intent.seq])
  const themes = useResource(() => catalogueApi.themes(), [], { cacheKey: 'themes' })
  const open = (item: ServiceItem) => go(ROUTES.item, { id: item.id })
  const { result, loading, error } = search
  return (
    <View>
      <View style={{ padding: '12px 16px 0' }}>
        <SearchBar value={search.query} placeholder={t('home.searchPlaceholder')} onInput={search.setQuery} testId='catalogue-search' />
      </View>
      <ScrollView scrollX className='catalogue-chips' enhanced showScrollbar={false}>
        <Text className={`catalogue-chip ${!search.theme ? 'catalogue-chip--on' : ''}`} onClick={() => search.setTheme('')} role='button'>{t('services.allThemes')}</Text>
        {themes.data?.items.map((theme) => (
          <Text key={theme.id} className={`catalogue-chip ${search.theme === theme.id ? 'catalogue-chip--on' : ''}`} onClick={() => search.setTheme(theme.id)} role='button'>{theme.name}</Text>
        ))}
      </ScrollView>
      <View style={{ padding: '0 16px' }}>
        {error && !result ? (
          <ErrorState error={error} onRetry={search.retry} />
        ) : !result ? (
          <Skeleton />
        ) : result.total === 0 ? (
          <EmptyState icon='search' title={t('services.noResult', { q: search.query })} hint={t('services.noResultHint')} action={t('services.allThemes')} onAction={() => { search.setQuery(''); search.setTheme('') }} />
        ) : (
          <>
            <View className='ui-muted' style={{ padding: '4px 0 8px', opacity: loading ? 0.6 : 1 }} aria-live='polite' data-testid='result-count'>{t('services.resultCount', { count: result.total })}</View>
            <List>
              {result.items.map((item) => <ItemRow key={item.id} item={item} query={search.query} onOpen={open} />)}
            </List>
          </>
        )}
      </View>
    </View>
  )
}

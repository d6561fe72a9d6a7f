// imported here, not only from index.ts: tree-shaking (package.json sideEffects) drops a re-export module's own CSS import
import '../catalogue.css'
import { useEffect, useState } from 'react'
import { useReachBottom } from '@tarojs/taro'
import { ScrollView, Text, View } from '@tarojs/components'
import type { ServiceItem } from '@/contract'
import { Cell, EmptyState, ErrorState, List, SearchBar, Section, Skeleton } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { localized } from '@/shared/strings'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { catalogueApi } from '../api'
import { useItemSearch } from '../useItemSearch'
import { useSearch } from '../useSearch'
import { ItemRow } from './ItemRow'
import { MoreOrEnd, SearchResults } from './SearchResults'
import { AskBox } from './AskBox'
import { useCatalogueIntent } from '../intent'
import { useCatalogueMemory, type ItemRef } from '../memory'

type Browse = 'theme' | 'department'

interface Chip {
  id: string
  name: string
  nameEn?: string
}

function Chips({ chips, selected, onSelect, allLabel, testId }: { chips: Chip[]; selected: string; onSelect: (id: string) => void; allLabel: string; testId: string }) {
  return (
    <ScrollView scrollX className='catalogue-chips' enhanced showScrollbar={false} data-testid={testId}>
      <Text className={`catalogue-chip ${!selected ? 'catalogue-chip--on' : ''}`} onClick={() => onSelect('')} role='button'>{allLabel}</Text>
      {chips.map((chip) => (
        <Text key={chip.id} className={`catalogue-chip ${selected === chip.id ? 'catalogue-chip--on' : ''}`} onClick={() => onSelect(chip.id)} role='button'>{localized(chip.name, chip.nameEn)}</Text>
      ))}
    </ScrollView>
  )
}

function RefList({ title, refs, extra, onExtra, testId }: { title: string; refs: ItemRef[]; extra?: string; onExtra?: () => void; testId: string }) {
  if (!refs.length) return null
  return (
    <Section title={title} extra={extra} onExtra={onExtra}>
      <View data-testid={testId}>
        <List>
          {refs.map((r) => <Cell key={r.id} title={localized(r.name, r.nameEn)} desc={r.department} onClick={() => go(ROUTES.item, { id: r.id })} />)}
        </List>
      </View>
    </Section>
  )
}

/**
 * 办事: one search as you type (一件事, items, policies, halls, in plain words),
 * or browse the catalogue by theme or by department; recent and saved items.
 * Both lists go on to their last row: a button, or scrolling to the bottom.
 */
export function CatalogueBrowser({ initialQuery = '', initialTheme = '' }: { initialQuery?: string; initialTheme?: string }) {
  const t = useT()
  const search = useItemSearch(initialQuery, initialTheme, true)
  const intent = useCatalogueIntent()
  const [browse, setBrowse] = useState<Browse>('theme')
  const { recent, favourites, clearRecent } = useCatalogueMemory()
  useEffect(() => {
    if (!intent.seq) return
    search.setQuery(intent.query)
    search.setTheme(intent.theme)
    search.setDepartment('')
    if (intent.theme) setBrowse('theme')
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [intent.seq])
  const themes = useResource(() => catalogueApi.themes(), [], { cacheKey: 'themes' })
  const departments = useResource(() => catalogueApi.departments(), [], { cacheKey: 'departments' })
  const open = (item: ServiceItem) => go(ROUTES.item, { id: item.id })
  const switchBrowse = (next: Browse) => {
    setBrowse(next)
    search.setTheme('')
    search.setDepartment('')
  }
  const { result, loading, error } = search
  const searching = !!search.query.trim()
  // typing searches everything; the theme and department chips browse the catalogue's items
  const oneSearch = useSearch(search.theme || search.department ? '' : search.query)
  const words = searching && !search.theme && !search.department
  useReachBottom(() => (words ? oneSearch.loadMore() : search.loadMore()))
  const idle = !searching && !search.theme && !search.department
  return (
    <View>
      <View style={{ padding: '12px 16px 0' }}>
        <SearchBar value={search.query} placeholder={t('home.searchPlaceholder')} onInput={search.setQuery} testId='catalogue-search' />
      </View>
      <View className='catalogue-browse' role='tablist'>
        {(['theme', 'department'] as Browse[]).map((mode) => (
          <Text key={mode} className={`catalogue-browse__tab ${browse === mode ? 'catalogue-browse__tab--on' : ''}`} onClick={() => switchBrowse(mode)} role='tab' aria-selected={browse === mode} data-testid={`browse-${mode}`}>
            {t(mode === 'theme' ? 'services.byTheme' : 'services.byDepartment')}
          </Text>
        ))}
      </View>
      {browse === 'theme' ? (
        <Chips chips={themes.data?.items ?? []} selected={search.theme} onSelect={search.setTheme} allLabel={t('services.allThemes')} testId='theme-chips' />
      ) : (
        <Chips chips={(departments.data?.items ?? []).map((d) => ({ id: d.id, name: d.itemCount ? `${d.name} ${t('services.departmentCount', { count: d.itemCount })}` : d.name }))} selected={search.department} onSelect={search.setDepartment} allLabel={t('services.allThemes')} testId='department-chips' />
      )}
      {idle && (
        <>
          <RefList title={t('services.favourites')} refs={favourites} testId='favourites' />
          <RefList title={t('services.recent')} refs={recent} extra={t('services.clearRecent')} onExtra={clearRecent} testId='recent' />
          <AskBox />
        </>
      )}
      {words ? (
        <SearchResults query={search.query} search={oneSearch} onBrowse={() => { search.setQuery(''); switchBrowse('theme') }} />
      ) : (
        <View style={{ padding: '0 16px' }}>
          {error && !result ? (
            <ErrorState error={error} onRetry={search.retry} />
          ) : !result ? (
            <Skeleton />
          ) : result.total === 0 ? (
            <EmptyState icon='search' title={t('services.noResult', { q: search.query })} hint={t('services.noResultHint')} action={t('services.allThemes')} onAction={() => { search.setQuery(''); switchBrowse('theme') }} />
          ) : (
            <>
              <View className='ui-muted' style={{ padding: '12px 0 8px', opacity: loading ? 0.6 : 1 }} aria-live='polite' data-testid='result-count'>{t('services.resultCount', { count: result.total })}</View>
              <List>
                {result.items.map((item) => <ItemRow key={item.id} item={item} query={search.query} onOpen={open} />)}
              </List>
              <MoreOrEnd hasMore={search.hasMore} loading={search.loadingMore} onMore={search.loadMore} shown={result.items.length} total={result.total} />
            </>
          )}
        </View>
      )}
    </View>
  )
}

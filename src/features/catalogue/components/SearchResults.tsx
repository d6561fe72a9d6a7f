import '../catalogue.css'
import { Text, View } from '@tarojs/components'
import type { SearchHit, SearchKind } from '@/contract'
import { Button, Cell, EmptyState, ErrorState, List, Section, Skeleton, type IconName } from '@/shared/ui'
import { localized } from '@/shared/strings'
import { useT, type StringKey } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import type { OneSearch } from '../useSearch'
import { ItemRow } from './ItemRow'

const SECTIONS: Array<{ kind: SearchKind; title: StringKey; icon: IconName }> = [
  { kind: 'bundle', title: 'search.sectionBundles', icon: 'layers' },
  { kind: 'item', title: 'search.sectionItems', icon: 'file' },
  { kind: 'policy', title: 'search.sectionPolicies', icon: 'gift' },
  { kind: 'hall', title: 'search.sectionHalls', icon: 'pin' },
]

function open(hit: SearchHit) {
  if (hit.kind === 'bundle') go(ROUTES.bundle, { id: hit.id })
  else if (hit.kind === 'item') go(ROUTES.item, { id: hit.id })
  else if (hit.kind === 'policy') go(ROUTES.policy, { id: hit.id })
  else go(ROUTES.hall, { id: hit.id })
}

function Why({ text }: { text: string }) {
  return <Text className='catalogue-why' data-testid='search-why'>{text}</Text>
}

function HitRow({ hit, query, icon }: { hit: SearchHit; query: string; icon: IconName }) {
  const t = useT()
  if (hit.kind === 'item' && hit.item) {
    return <ItemRow item={hit.item} query={query} why={hit.why} onOpen={() => open(hit)} />
  }
  const title = hit.kind === 'bundle'
    ? <Text><Text className='catalogue-bundle-tag'>{t('services.bundleHit')}</Text>{localized(hit.name, hit.nameEn)}</Text>
    : localized(hit.name, hit.nameEn)
  return (
    <Cell icon={icon} title={title} desc={<View><Why text={hit.why} />{hit.desc && <View className='catalogue-hit-desc'>{hit.desc}</View>}</View>} onClick={() => open(hit)} testId={hit.kind === 'bundle' ? 'bundle-hit' : `${hit.kind}-hit`} />
  )
}

/**
 * What one search found, in sections: a 一件事 first when one fits, then
 * items, policies and halls, each row saying why it was found; more pages
 * until the last; a "done elsewhere" card instead of nothing found.
 */
export function SearchResults({ query, search, onBrowse }: { query: string; search: OneSearch; onBrowse: () => void }) {
  const t = useT()
  const { first, hits, error, loading } = search
  if (error && !first) return <View style={{ padding: '0 16px' }}><ErrorState error={error} onRetry={search.retry} /></View>
  if (!first) return <View style={{ padding: '0 16px' }}><Skeleton /></View>
  const elsewhere = first.elsewhere
  return (
    <View data-testid='search-results' style={{ opacity: loading ? 0.6 : 1 }}>
      {elsewhere && (
        <View className='catalogue-elsewhere' data-testid='search-elsewhere' role='status'>
          <View className='catalogue-elsewhere__title'>{t('search.elsewhereTitle', { q: elsewhere.phrase })}</View>
          <View className='catalogue-elsewhere__text'>{elsewhere.answer}</View>
          {elsewhere.hallId && (
            <View className='catalogue-elsewhere__actions'>
              <Button size='small' onClick={() => go(ROUTES.hall, { id: elsewhere.hallId! })} testId='elsewhere-hall'>{t('search.elsewhereHall', { hall: elsewhere.hallName ?? '' })}</Button>
            </View>
          )}
        </View>
      )}
      {first.corrected && <View className='ui-muted catalogue-corrected' data-testid='search-corrected'>{t('search.corrected', { q: query.trim(), word: first.corrected })}</View>}
      {first.total === 0 && !elsewhere ? (
        <View style={{ padding: '0 16px' }}>
          <EmptyState icon='search' title={t('services.noResult', { q: query.trim() })} hint={t('search.noResultHint')} action={t('services.allThemes')} onAction={onBrowse} />
        </View>
      ) : (
        <>
          {first.total > 0 && <View className='ui-muted catalogue-count' aria-live='polite' data-testid='result-count'>{t('search.resultCount', { count: first.total })}</View>}
          {SECTIONS.map((section) => {
            const rows = hits.filter((hit) => hit.kind === section.kind)
            if (!rows.length) return null
            return (
              <Section key={section.kind} title={t(section.title)}>
                <View data-testid={`search-section-${section.kind}`}>
                  <List>{rows.map((hit) => <HitRow key={`${hit.kind}:${hit.id}`} hit={hit} query={query} icon={section.icon} />)}</List>
                </View>
              </Section>
            )
          })}
          <MoreOrEnd hasMore={search.hasMore} loading={search.loadingMore} onMore={search.loadMore} shown={hits.length} total={first.total} />
        </>
      )}
    </View>
  )
}

/** The end of a paged list: a button for the next page (scrolling to the bottom presses it too), or a line saying this is all. */
export function MoreOrEnd({ hasMore, loading, onMore, shown, total }: { hasMore: boolean; loading: boolean; onMore: () => void; shown: number; total: number }) {
  const t = useT()
  if (!total) return null
  return (
    <View className='catalogue-more'>
      {hasMore
        ? <Button variant='default' size='small' loading={loading} onClick={onMore} testId='load-more'>{t('search.loadMore', { shown, total })}</Button>
        : <Text className='ui-muted' data-testid='list-end'>{t('search.end', { total })}</Text>}
    </View>
  )
}

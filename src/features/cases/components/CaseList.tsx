import '../cases.css'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Case, CaseFilter } from '@/contract'
import { Button, Card, EmptyState, Icon, LoadState, Tag, colors } from '@/shared/ui'
import { messageOf, useResource } from '@/shared/api'
import { useT, type StringKey } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { formatShortDateTime } from '@/shared/time'
import { casesApi, PAGE_SIZE } from '../api'
import { SOURCE, STATUS } from '../status'
import { StepBar, wholeCase } from './Progress'

const FILTERS: Array<{ key: CaseFilter; label: StringKey }> = [
  { key: 'all', label: 'approvals.cases.filter.all' },
  { key: 'in-progress', label: 'approvals.cases.filter.in-progress' },
  { key: 'needs-correction', label: 'approvals.cases.filter.needs-correction' },
  { key: 'done', label: 'approvals.cases.filter.done' },
]

function CaseCard({ record }: { record: Case }) {
  const t = useT()
  const status = STATUS[record.status]
  const finished = record.subCases.filter((s) => STATUS[s.status].step >= 3).length
  return (
    <Card onClick={() => go(ROUTES.caseDetail, { id: record.id })} testId='case-card'>
      <View className='ui-row'>
        <Text className='cases-card__title'>{record.title}</Text>
        <Tag tone={status.tone}>{t(status.label)}</Tag>
      </View>
      <View className='cases-card__meta'>
        <Tag tone='neutral'>{t(SOURCE[record.source])}</Tag>
        <Text className='ui-muted cases-number'>{record.number}</Text>
      </View>
      {record.subCases.length > 1 ? (
        <View className='ui-muted cases-card__items'>{t('approvals.cases.itemsDone', { done: finished, total: record.subCases.length })}</View>
      ) : null}
      {record.source === 'assist' ? <StepBar record={record} sub={wholeCase(record)} compact />
        : record.subCases[0] && <StepBar record={record} sub={record.subCases.reduce((slowest, s) => (STATUS[s.status].step < STATUS[slowest.status].step ? s : slowest))} compact />}
      <View className='cases-card__foot'>
        <Text className='ui-muted cases-card__updated'>{t('approvals.cases.updated', { time: formatShortDateTime(record.updatedAt) })}</Text>
        {record.rating ? <Text className='ui-muted'>{t('approvals.cases.rated', { stars: record.rating.stars })}</Text> : null}
        <Icon name='chevron-right' color={colors.textHint} size={16} />
      </View>
    </Card>
  )
}

/** 我的办件: every application, filtered by status, newest activity first. */
export function CaseList({ enabled = true }: { enabled?: boolean }) {
  const t = useT()
  const [filter, setFilter] = useState<CaseFilter>('all')
  const list = useResource(() => casesApi.list(filter), [filter], { enabled, cacheKey: `cases:${filter}`, tags: ['cases'] })
  const counts = list.data?.counts
  // later pages, appended below the first
  const [more, setMore] = useState<Case[]>([])
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState('')
  useEffect(() => { setMore([]); setMoreError('') }, [filter, list.data])
  const loadMore = async (shown: number) => {
    setLoadingMore(true)
    setMoreError('')
    try {
      const next = await casesApi.list(filter, Math.floor(shown / PAGE_SIZE) + 1)
      setMore((rows) => [...rows, ...next.items])
    } catch (e) {
      setMoreError(messageOf(e))
    } finally {
      setLoadingMore(false)
    }
  }
  return (
    <View>
      <View className='cases-filters' role='tablist'>
        {FILTERS.map((f) => (
          <View key={f.key} className={`cases-filter ${filter === f.key ? 'cases-filter--on' : ''}`} onClick={() => setFilter(f.key)} role='tab' aria-selected={filter === f.key} data-testid={`filter-${f.key}`}>
            <Text>{t(f.label)}</Text>
            {counts && <Text className='cases-filter__count'>{counts[f.key]}</Text>}
          </View>
        ))}
      </View>
      <View className='ui-section'>
        <LoadState
          resource={list}
          isEmpty={(d) => d.items.length === 0}
          empty={<EmptyState icon='file' title={t(filter === 'all' ? 'approvals.cases.empty' : 'approvals.cases.emptyFilter')} hint={t('approvals.cases.emptyHint')} action={t('approvals.cases.goInstant')} onAction={() => go(ROUTES.instant)} />}
        >
          {(data) => {
            const rows = [...data.items, ...more]
            return (
              <View data-testid='case-list'>
                {rows.map((record) => <CaseCard key={record.id} record={record} />)}
                {data.total > rows.length && (
                  <View className='cases-more'>
                    <View className='ui-muted'>{t('approvals.cases.more', { shown: rows.length, total: data.total })}</View>
                    {moreError && <View className='ui-field__error' role='alert'>{moreError}</View>}
                    <Button variant='plain' size='small' loading={loadingMore} onClick={() => loadMore(rows.length)} testId='cases-load-more'>{t(moreError ? 'action.retry' : 'approvals.cases.loadMore')}</Button>
                  </View>
                )}
              </View>
            )
          }}
        </LoadState>
      </View>
      <View className='cases-feedback-link' onClick={() => go(ROUTES.feedback)} role='button' data-testid='feedback-link'>
        <Icon name='message' color={colors.primary} size={16} />
        <Text>{t('approvals.cases.cannotDoLink')}</Text>
      </View>
    </View>
  )
}

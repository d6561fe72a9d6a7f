import '../cases.css'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Case } from '@/contract'
import { isCaseDone } from '@/contract'
import { Banner, Card, Cell, EmptyState, List, LoadState, Section, Tag } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { formatDateTime } from '@/shared/time'
import { casesApi } from '../api'
import { SOURCE, STATUS } from '../status'
import { StepBar, wholeCase } from './Progress'
import { RatingForm } from './RatingForm'
import { CaseDelivery, MailInCard } from '@/features/mail'

function Timeline({ record }: { record: Case }) {
  const t = useT()
  const events = [...record.events].reverse()
  return (
    <View className='cases-timeline' data-testid='timeline'>
      {events.map((e, i) => {
        const item = e.subCaseId ? record.subCases.find((s) => s.id === e.subCaseId) : undefined
        return (
          <View key={`${e.at}-${i}`} className={`cases-event ${i === 0 ? 'cases-event--latest' : ''}`} data-testid='timeline-event' data-kind={e.kind}>
            <View className='cases-event__rail'><View className='cases-event__dot' /></View>
            <View className='cases-event__body'>
              <Text className='cases-event__text'>{e.text}</Text>
              {item && <View className='ui-muted'>{item.itemName}</View>}
              <View className='ui-muted'>{formatDateTime(e.at)}{e.actor ? ` · ${e.actor}` : ''}</View>
            </View>
          </View>
        )
      })}
      {record.nextStepAt && <View className='ui-muted cases-next'>{t('approvals.cases.nextStep')}</View>}
    </View>
  )
}

/** One application: status, each item's progress, the timeline, the result, 好差评 and 办不成事. */
export function CaseDetail({ id, enabled = true }: { id: string; enabled?: boolean }) {
  const t = useT()
  const resource = useResource(() => casesApi.get(id), [id], { enabled: enabled && !!id, tags: ['cases'] })
  const [rated, setRated] = useState<Case | null>(null)
  if (!id) return <EmptyState icon='file' title={t('approvals.cases.noCase')} action={t('approvals.cases.toList')} onAction={() => go(ROUTES.cases)} />
  return (
    <LoadState resource={resource}>
      {(loaded) => {
        const record = rated ?? loaded
        const status = STATUS[record.status]
        return (
          <View data-testid='case-detail' data-status={record.status}>
            <View className='ui-section'>
              <Card>
                <View className='ui-row'>
                  <Text className='cases-card__title' role='heading' aria-level={1}>{record.title}</Text>
                  <Tag tone={status.tone}>{t(status.label)}</Tag>
                </View>
                <View className='cases-card__meta'>
                  <Tag tone='neutral'>{t(SOURCE[record.source])}</Tag>
                  <Text className='ui-muted cases-number'>{t('approvals.cases.number', { number: record.number })}</Text>
                </View>
                <View className='ui-muted'>{t('approvals.cases.submittedAt', { time: formatDateTime(record.createdAt) })}</View>
              </Card>
            </View>
            {record.status === 'needs-correction' && <Banner tone='warning' icon='alert'>{t('approvals.cases.correctionHint')}</Banner>}
            {record.source === 'assist' ? (
              <Section>
                <List>
                  <View className='cases-sub' data-testid='sub-case'>
                    <StepBar record={record} sub={wholeCase(record)} />
                  </View>
                  <Cell icon='people' title={t('approvals.cases.assistRequest')} desc={t('approvals.cases.assistRequestHint')} onClick={() => go(ROUTES.assistDetail, { id: record.sourceId })} testId='case-assist' />
                </List>
              </Section>
            ) : (
            <Section title={t('approvals.cases.progress', { count: record.subCases.length })}>
              <List>
                {record.subCases.map((sub) => (
                  <View key={sub.id} className='cases-sub' data-testid='sub-case'>
                    <View className='ui-row'>
                      <View className='cases-sub__body'>
                        <Text className='cases-sub__name'>{sub.itemName}</Text>
                        <View className='ui-muted'>{sub.department}</View>
                      </View>
                      <Tag tone={STATUS[sub.status].tone}>{t(STATUS[sub.status].label)}</Tag>
                    </View>
                    <StepBar record={record} sub={sub} />
                  </View>
                ))}
              </List>
            </Section>
            )}
            {record.certificateId && (
              <Section title={t('approvals.cases.result')}>
                <List>
                  <Cell icon='licence' title={t('approvals.cases.certificate')} desc={t('approvals.cases.certificateHint')} onClick={() => go(ROUTES.certificate, { id: record.certificateId })} testId='case-certificate' />
                </List>
              </Section>
            )}
            <CaseDelivery record={record} />
            {/* a help request sends no materials: its staff member meets the resident */}
            {record.source !== 'assist' && <MailInCard record={record} />}
            <Section title={t('approvals.cases.timeline')}>
              <Timeline record={record} />
            </Section>
            {isCaseDone(record.status) && (
              <Section title={t('approvals.cases.rating.title')}>
                <Card><RatingForm record={record} onRated={setRated} /></Card>
              </Section>
            )}
            <Section>
              <List>
                <Cell icon='message' title={t('approvals.cases.cannotDo')} desc={t('approvals.cases.cannotDoHint')} onClick={() => go(ROUTES.feedback, { caseId: record.id })} testId='case-feedback' />
              </List>
            </Section>
          </View>
        )
      }}
    </LoadState>
  )
}

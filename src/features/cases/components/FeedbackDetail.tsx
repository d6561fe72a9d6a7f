import '../cases.css'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Feedback, FeedbackEvent } from '@/contract'
import { FEEDBACK_TEXT_MIN } from '@/contract'
import { Banner, Button, Card, Cell, List, LoadState, Section, Tag } from '@/shared/ui'
import { ApiError, messageOf, useMutation, useResource } from '@/shared/api'
import { formatDateTime } from '@/shared/time'
import { useT } from '../strings'
import { casesApi } from '../api'
import { TextBox } from './TextBox'
import { FeedbackStatusTag } from './FeedbackStatusTag'

const REASON_MAX = 300

function eventText(e: FeedbackEvent, t: ReturnType<typeof useT>): string {
  switch (e.kind) {
    case 'received': return t('feedback.event.received')
    case 'assigned': return t('feedback.event.assigned', { department: e.actor ?? '' })
    case 'answered': return t('feedback.event.answered')
    case 'reopened': return t('feedback.event.reopened', { text: e.text ?? '' })
    case 'resolved': return t('feedback.event.resolved')
  }
}

function Timeline({ loop }: { loop: Feedback }) {
  const t = useT()
  const events = [...loop.events].reverse()
  return (
    <View className='cases-timeline' data-testid='feedback-timeline'>
      {events.map((e, i) => (
        <View key={`${e.at}-${i}`} className={`cases-event ${i === 0 ? 'cases-event--latest' : ''}`} data-testid='feedback-event' data-kind={e.kind}>
          <View className='cases-event__rail'><View className='cases-event__dot' /></View>
          <View className='cases-event__body'>
            <Text className='cases-event__text'>{eventText(e, t)}</Text>
            {e.kind === 'answered' && e.text && <View className='cases-event__quote'>{e.text}</View>}
            <View className='ui-muted'>{formatDateTime(e.at)}{e.kind === 'answered' && e.actor ? ` · ${e.actor}` : ''}</View>
          </View>
        </View>
      ))}
    </View>
  )
}

/** What the person can do once answered: confirm it solved, or reopen it once with a reason. */
function Answered({ loop }: { loop: Feedback }) {
  const t = useT()
  const [reopening, setReopening] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const show = (e: ApiError | Error) => setError(e instanceof ApiError && e.fields ? Object.values(e.fields)[0] : messageOf(e))
  const resolve = useMutation(() => casesApi.resolveFeedback(loop.id), { invalidates: ['feedback'], onError: show })
  const reopen = useMutation((_key: string, text: string) => casesApi.reopenFeedback(loop.id, { reason: text }), { invalidates: ['feedback'], onError: show })
  const sendReason = () => {
    if (reason.trim().length < FEEDBACK_TEXT_MIN) { setError(t('feedback.reopenTooShort')); return }
    reopen.run(reason.trim())
  }
  return (
    <Section>
      {reopening ? (
        <View className='ui-list cases-text' data-testid='reopen-form'>
          <View className='ui-muted'>{t('feedback.reopenOnce')}</View>
          <TextBox value={reason} max={REASON_MAX} placeholder={t('feedback.reopenReason')} label={t('feedback.reopenReason')} testId='reopen-reason' onInput={(v) => { setReason(v); setError('') }} />
          {error && <View className='ui-field__error' role='alert'>{error}</View>}
          <View className='cases-actions'>
            <Button block loading={reopen.busy} onClick={sendReason} testId='reopen-send'>{t('feedback.reopenSend')}</Button>
          </View>
        </View>
      ) : (
        <View className='cases-actions'>
          {error && <View className='ui-field__error' role='alert'>{error}</View>}
          <Button block loading={resolve.busy} onClick={() => resolve.run()} testId='feedback-resolve'>{t('feedback.resolve')}</Button>
          {loop.reopened
            ? <View className='ui-muted'>{t('feedback.noMoreReopen')}</View>
            : <Button block variant='default' onClick={() => setReopening(true)} testId='feedback-reopen'>{t('feedback.reopen')}</Button>}
        </View>
      )}
    </Section>
  )
}

/** One 办不成事 or low rating, followed to the end: status, who handles it, by when, the answer, and the person's say. */
export function FeedbackDetail({ id, enabled = true }: { id: string; enabled?: boolean }) {
  const t = useT()
  const resource = useResource(() => casesApi.feedbackItem(id), [id], { enabled, tags: ['feedback'] })
  return (
    <LoadState resource={resource}>
      {(loop) => (
          <View data-testid='feedback-detail' data-status={loop.status}>
            <View className='ui-section'>
              <Card>
                <View className='cases-feedback__head'>
                  <Text className='ui-muted'>{loop.number}</Text>
                  <FeedbackStatusTag loop={loop} />
                </View>
                <Text className='cases-feedback__text'>{loop.text}</Text>
                {loop.source === 'rating' && loop.stars && <Tag tone='warning'>{t('feedback.source.rating', { stars: loop.stars })}</Tag>}
              </Card>
            </View>
            {loop.overdue && <View className='ui-section'><Banner tone='danger' icon='alert'>{t('feedback.overdueHint')}</Banner></View>}
            {loop.status === 'resolved' && <View className='ui-section'><Banner tone='info' icon='check'>{t('feedback.resolved')}</Banner></View>}
            <Section>
              <List>
                <Cell title={t('feedback.department')} extra={loop.department} arrow={false} />
                {loop.status === 'handling' && <Cell title={t('feedback.due')} extra={t('feedback.dueValue', { date: loop.replyDue })} arrow={false} testId='feedback-due' />}
                {loop.caseNumber && <Cell title={t('approvals.feedback.related')} extra={loop.caseNumber} arrow={false} />}
              </List>
            </Section>
            {loop.reply && loop.status !== 'handling' && (
              <Section title={t('feedback.reply')}>
                <Card><Text className='cases-feedback__reply' data-testid='feedback-reply'>{loop.reply}</Text></Card>
              </Section>
            )}
            {loop.status === 'answered' && <Answered key={loop.events.length} loop={loop} />}
            <Section title={t('feedback.timeline')}>
              <Timeline loop={loop} />
            </Section>
          </View>
      )}
    </LoadState>
  )
}

import '../clerk.css'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { Feedback } from '@/contract'
import { FEEDBACK_TEXT_MAX, FEEDBACK_TEXT_MIN } from '@/contract'
import { Button, Card, EmptyState, LoadState, Section, Tag } from '@/shared/ui'
import { ApiError, messageOf, useMutation, useResource } from '@/shared/api'
import { useSession } from '@/shared/session'
import { formatDateTime } from '@/shared/time'
import { useT } from '../strings'
import { clerkApi } from '../api'
import { ClerkOnly } from './ScanDesk'

function Waiting({ loop }: { loop: Feedback }) {
  const t = useT()
  const [text, setText] = useState('')
  const [error, setError] = useState('')
  const reply = useMutation((_key: string, answer: string) => clerkApi.reply(loop.id, answer), {
    invalidates: ['clerk-feedback'],
    onError: (e) => setError(e instanceof ApiError && e.fields ? Object.values(e.fields)[0] : messageOf(e)),
  })
  const reopened = [...loop.events].reverse().find((e) => e.kind === 'reopened')
  const send = () => {
    if (text.trim().length < FEEDBACK_TEXT_MIN) { setError(t('clerk.feedback.tooShort')); return }
    reply.run(text.trim())
  }
  return (
    <Card className='clerk-feedback' testId='clerk-feedback-item'>
      <View className='clerk-feedback__head'>
        <Text className='ui-muted'>{loop.number} · {formatDateTime(loop.createdAt)}</Text>
        {loop.overdue ? <Tag tone='danger'>{t('clerk.feedback.overdue')}</Tag> : <Tag tone='primary'>{t('clerk.feedback.due', { date: loop.replyDue })}</Tag>}
      </View>
      <Text className='clerk-feedback__text'>{loop.text}</Text>
      {reopened?.text && <View className='clerk-feedback__reopened'>{t('clerk.feedback.reopened', { text: reopened.text })}</View>}
      <View className='ui-muted'>{loop.department}{loop.caseNumber ? ` · ${loop.caseNumber}` : ''}</View>
      <Textarea className='clerk-feedback__input' value={text} maxlength={FEEDBACK_TEXT_MAX} placeholder={t('clerk.feedback.placeholder')} aria-label={t('clerk.feedback.placeholder')} data-testid='clerk-feedback-reply' onInput={(e) => { setText(e.detail.value); setError('') }} />
      {error && <View className='ui-field__error' role='alert'>{error}</View>}
      <Button size='small' loading={reply.busy} onClick={send} testId='clerk-feedback-send'>{t('clerk.feedback.send')}</Button>
    </Card>
  )
}

/** The clerk's side of the loop: what people reported or rated low, overdue first, each answered in place. */
export function FeedbackDesk() {
  const t = useT()
  const user = useSession((s) => s.user)
  const list = useResource(() => clerkApi.openFeedback(), [user?.id], { enabled: user?.role === 'clerk', tags: ['clerk-feedback'] })
  if (user?.role !== 'clerk') return <ClerkOnly />
  return (
    <Section title={t('clerk.feedback.title')}>
      <LoadState resource={list} isEmpty={(d) => d.items.length === 0} empty={<EmptyState icon='message' title={t('clerk.feedback.empty')} hint={t('clerk.feedback.emptyHint')} />}>
        {(data) => (
          <View data-testid='clerk-feedback-list'>
            {data.items.map((loop) => <Waiting key={loop.id} loop={loop} />)}
          </View>
        )}
      </LoadState>
    </Section>
  )
}

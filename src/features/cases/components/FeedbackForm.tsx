import '../cases.css'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Feedback, FeedbackRequest } from '@/contract'
import { Button, Card, Cell, EmptyState, Icon, List, LoadState, Section, colors } from '@/shared/ui'
import { ApiError, messageOf, useMutation, useResource } from '@/shared/api'
import { useT, type StringKey } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { formatDateTime } from '@/shared/time'
import { casesApi } from '../api'
import { TextBox } from './TextBox'
import { FeedbackStatusTag } from './FeedbackStatusTag'

const TEXT_MIN = 5
const TEXT_MAX = 500

const KINDS: Array<{ kind: FeedbackRequest['kind']; label: StringKey; hint: StringKey }> = [
  { kind: 'cannot-do', label: 'approvals.feedback.kind.cannot-do', hint: 'approvals.feedback.kindHint.cannot-do' },
  { kind: 'suggestion', label: 'approvals.feedback.kind.suggestion', hint: 'approvals.feedback.kindHint.suggestion' },
]

function RelatedCase({ caseId }: { caseId: string }) {
  const t = useT()
  const record = useResource(() => casesApi.get(caseId), [caseId])
  return (
    <LoadState resource={record} skeleton={<View className='ui-muted'>{t('state.loading')}</View>}>
      {(c) => <Cell icon='file' title={c.title} desc={t('approvals.cases.number', { number: c.number })} testId='feedback-case' />}
    </LoadState>
  )
}

function Sent({ feedback, onAnother }: { feedback: Feedback; onAnother: () => void }) {
  const t = useT()
  return (
    <View className='ui-section'>
      <Card className='cases-sent'>
        <View data-testid='feedback-sent' className='cases-sent__inner'>
          <View className='cases-sent__icon'><Icon name='check' color={colors.white} size={28} /></View>
          <Text className='cases-sent__title'>{t('approvals.feedback.sent')}</Text>
          <Text className='ui-muted'>{t('approvals.feedback.sentNumber', { number: feedback.number })}</Text>
          <Text className='ui-muted'>{t('approvals.feedback.sentHint')}</Text>
        </View>
      </Card>
      <View className='cases-actions'>
        <Button block variant='default' onClick={onAnother}>{t('approvals.feedback.another')}</Button>
        <Button block variant='plain' onClick={() => go(ROUTES.cases)}>{t('approvals.feedback.toCases')}</Button>
      </View>
    </View>
  )
}

function MyFeedback() {
  const t = useT()
  const list = useResource(() => casesApi.myFeedback(), [], { tags: ['feedback'] })
  return (
    <Section title={t('approvals.feedback.mine')}>
      <LoadState resource={list} isEmpty={(d) => d.items.length === 0} empty={<EmptyState icon='message' title={t('approvals.feedback.mineEmpty')} hint={t('approvals.feedback.mineEmptyHint')} />} skeleton={<View className='ui-muted'>{t('state.loading')}</View>}>
        {(data) => (
          <List>
            {data.items.map((f) => (
              <Cell key={f.id} title={f.text} desc={`${t(`approvals.feedback.kind.${f.kind}`)} · ${f.number} · ${formatDateTime(f.createdAt)}`} extra={<FeedbackStatusTag loop={f} />} onClick={() => go(ROUTES.feedbackDetail, { id: f.id })} testId='feedback-row' />
            ))}
          </List>
        )}
      </LoadState>
    </Section>
  )
}

/** 办不成事反映 (and suggestions): from a case, or from 我的. */
/** `initialText`: what the person already wrote elsewhere (a question 问一问 could not answer). */
export function FeedbackForm({ caseId, initialText = '' }: { caseId?: string; initialText?: string }) {
  const t = useT()
  const [kind, setKind] = useState<FeedbackRequest['kind']>('cannot-do')
  const [text, setText] = useState(initialText)
  const [error, setError] = useState('')
  const [sent, setSent] = useState<Feedback | null>(null)
  // a double tap, or a retry after a lost answer, files one feedback; changing what it says makes it a new one
  const sending = useMutation((key: string, body: FeedbackRequest) => casesApi.feedback(body, key), {
    invalidates: ['feedback'],
    onSuccess: setSent,
    onError: (e) => setError(e instanceof ApiError && e.fields ? Object.values(e.fields)[0] : messageOf(e)),
  })

  const submit = async () => {
    const trimmed = text.trim()
    if (trimmed.length < TEXT_MIN) {
      setError(t('approvals.feedback.tooShort', { min: TEXT_MIN }))
      return
    }
    setError('')
    await sending.run({ kind, text: trimmed, caseId })
  }
  const edit = (next: { kind?: FeedbackRequest['kind']; text?: string }) => {
    if (next.kind) setKind(next.kind)
    if (next.text !== undefined) setText(next.text)
    setError('')
    sending.reset()
  }

  return (
    <View>
      {sent ? (
        <Sent feedback={sent} onAnother={() => { setSent(null); setText('') }} />
      ) : (
        <>
          <Section title={t('approvals.feedback.kindTitle')}>
            <View className='cases-kinds' role='radiogroup'>
              {KINDS.map((k) => (
                <View key={k.kind} className={`cases-kind ${kind === k.kind ? 'cases-kind--on' : ''}`} onClick={() => edit({ kind: k.kind })} role='radio' aria-checked={kind === k.kind} data-testid={`kind-${k.kind}`}>
                  <Text className='cases-kind__label'>{t(k.label)}</Text>
                  <Text className='cases-kind__hint'>{t(k.hint)}</Text>
                </View>
              ))}
            </View>
          </Section>
          {caseId && (
            <Section title={t('approvals.feedback.related')}>
              <List><RelatedCase caseId={caseId} /></List>
            </Section>
          )}
          <Section title={t('approvals.feedback.textTitle')}>
            <View className='ui-list cases-text'>
              <TextBox value={text} max={TEXT_MAX} placeholder={t('approvals.feedback.placeholder')} label={t('approvals.feedback.textTitle')} testId='feedback-text' onInput={(v) => edit({ text: v })} />
              <View className='cases-count ui-muted'>{text.trim().length}/{TEXT_MAX}</View>
            </View>
            {error && <View className='ui-field__error' role='alert'>{error}</View>}
          </Section>
          <View className='cases-actions'>
            <Button block loading={sending.busy} onClick={submit} testId='feedback-submit'>{t('approvals.feedback.submit')}</Button>
            <View className='ui-muted cases-hotline'>{t('approvals.feedback.hotline')}</View>
          </View>
        </>
      )}
      <MyFeedback />
    </View>
  )
}

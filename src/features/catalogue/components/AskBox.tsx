import '../catalogue.css'
import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import type { AskAction, AskAnswer } from '@/contract'
import { Button, Card } from '@/shared/ui'
import { messageOf } from '@/shared/api'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { catalogueApi } from '../api'

const QUICK = ['ask.quick.materials', 'ask.quick.fee', 'ask.quick.time', 'ask.quick.online', 'ask.quick.proxy', 'ask.quick.where'] as const

function runAction(action: AskAction) {
  if (action.kind === 'bundle' && action.bundleId) go(ROUTES.bundle, { id: action.bundleId })
  else if (action.kind === 'book' && action.itemId) go(ROUTES.hallBooking, { itemId: action.itemId })
  else if (action.kind === 'apply' && action.itemId) go(action.instant ? ROUTES.instantApply : ROUTES.bundleApply, action.instant ? { itemId: action.itemId } : { id: `item.${action.itemId}` })
  else if (action.kind === 'item' && action.itemId) go(ROUTES.item, { id: action.itemId })
}

/**
 * 问一问: a question about this item or 一件事 (or, on the search screen, about
 * whatever it names), answered from the guide; a question the guide cannot
 * answer leads to 办不成事 feedback with the question already written.
 */
export function AskBox({ itemId, bundleId }: { itemId?: string; bundleId?: string }) {
  const t = useT()
  const [question, setQuestion] = useState('')
  const [answer, setAnswer] = useState<AskAnswer>()
  const [error, setError] = useState('')
  const [asking, setAsking] = useState(false)

  const send = async (text: string) => {
    const q = text.trim()
    if (!q || asking) return
    setQuestion(q)
    setAsking(true)
    setError('')
    try {
      setAnswer(await catalogueApi.ask({ q, itemId, bundleId }))
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setAsking(false)
    }
  }

  return (
    <View className='catalogue-ask' data-testid='ask-box'>
      <View className='catalogue-ask__title'>{t('ask.title')}</View>
      <View className='catalogue-ask__row'>
        <Input className='catalogue-ask__input' value={question} placeholder={t(itemId || bundleId ? 'ask.placeholder' : 'ask.placeholderSearch')} aria-label={t('ask.title')} confirmType='send' data-testid='ask-input'
          onInput={(e) => setQuestion(e.detail.value)} onConfirm={(e) => send(e.detail.value)} />
        <Button size='small' loading={asking} onClick={() => send(question)} testId='ask-send'>{t('ask.send')}</Button>
      </View>
      {(itemId || bundleId) && (
        <View className='catalogue-ask__quick'>
          {QUICK.map((key) => <Text key={key} className='catalogue-chip' role='button' onClick={() => send(t(key))}>{t(key)}</Text>)}
        </View>
      )}
      {error && <View className='ui-field__error' role='alert'>{error}</View>}
      {answer && (
        <Card>
          <View data-testid='ask-answer' aria-live='polite'>
            {answer.subject && !itemId && !bundleId && <View className='ui-muted'>{t('ask.about', { name: answer.subject.name })}</View>}
            <View className='catalogue-ask__text'>{answer.text}</View>
            {answer.points.map((p, i) => <View key={i} className='catalogue-ask__point'>· {p}</View>)}
            <View className='catalogue-ask__actions'>
              {answer.actions.map((action) => (
                <Button key={action.kind} size='small' variant={action.kind === 'book' ? 'default' : 'primary'} onClick={() => runAction(action)} testId={`ask-action-${action.kind}`}>{t(`ask.action.${action.kind}`)}</Button>
              ))}
              {answer.subject && !itemId && !bundleId && answer.subject.kind === 'item' && <Button size='small' variant='plain' onClick={() => go(ROUTES.item, { id: answer.subject!.id })}>{t('ask.action.item')}</Button>}
              {!answer.answered && <Button size='small' variant='default' onClick={() => go(ROUTES.feedback, { text: answer.question })} testId='ask-feedback'>{t('ask.feedback')}</Button>}
            </View>
          </View>
        </Card>
      )}
    </View>
  )
}

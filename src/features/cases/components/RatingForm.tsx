import '../cases.css'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Case } from '@/contract'
import { Button, Icon, colors } from '@/shared/ui'
import { ApiError, messageOf, useMutation } from '@/shared/api'
import { useT, type StringKey } from '../strings'
import { casesApi } from '../api'
import { TextBox } from './TextBox'

const STAR_WORDS: StringKey[] = ['approvals.cases.rating.1', 'approvals.cases.rating.2', 'approvals.cases.rating.3', 'approvals.cases.rating.4', 'approvals.cases.rating.5']
const COMMENT_MAX = 300

export function Stars({ value, onChange, size = 32 }: { value: number; onChange?: (stars: number) => void; size?: number }) {
  const t = useT()
  return (
    <View className='cases-stars' role={onChange ? 'radiogroup' : 'img'} aria-label={t('approvals.cases.rating.stars', { stars: value })}>
      {[1, 2, 3, 4, 5].map((n) => (
        <View key={n} className='cases-star' onClick={onChange ? () => onChange(n) : undefined} role={onChange ? 'radio' : undefined} aria-checked={onChange ? n === value : undefined} aria-label={t('approvals.cases.rating.stars', { stars: n })} data-testid={`star-${n}`}>
          <Icon name='star' color={n <= value ? colors.warning : colors.border} size={size} />
        </View>
      ))}
    </View>
  )
}

/** 好差评: 1–5 stars and a comment, once per finished case. */
export function RatingForm({ record, onRated }: { record: Case; onRated: (updated: Case) => void }) {
  const t = useT()
  const [stars, setStars] = useState(0)
  const [comment, setComment] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  // rating twice is refused (ALREADY_RATED), so the route takes no key
  const rating = useMutation(async (_key: string, body: { stars: number; comment: string }) => {
    try {
      return await casesApi.rate(record.id, body)
    } catch (e) {
      // rated elsewhere (another device): show what is on record
      if (e instanceof ApiError && e.code === 'ALREADY_RATED') return casesApi.get(record.id)
      throw e
    }
  }, {
    invalidates: ['cases', 'feedback'],
    onSuccess: onRated,
    onError: (e) => setErrors(e instanceof ApiError && e.fields ? e.fields : { form: messageOf(e) }),
  })
  if (record.rating) {
    return (
      <View className='cases-rated' data-testid='rating-done'>
        <Stars value={record.rating.stars} size={24} />
        <Text className='cases-rated__word'>{t(STAR_WORDS[record.rating.stars - 1])}</Text>
        {record.rating.comment ? <View className='cases-rated__comment'>{record.rating.comment}</View> : null}
        <View className='ui-muted'>{t('approvals.cases.rating.thanks')}</View>
      </View>
    )
  }
  const submit = () => {
    const found: Record<string, string> = {}
    if (!stars) found.stars = t('approvals.cases.rating.chooseStars')
    if (stars && stars <= 2 && !comment.trim()) found.comment = t('approvals.cases.rating.whyLow')
    setErrors(found)
    if (Object.keys(found).length) return
    rating.run({ stars, comment: comment.trim() })
  }
  return (
    <View className='cases-rating' data-testid='rating-form'>
      <Stars value={stars} onChange={(n) => { setStars(n); setErrors({}) }} />
      <View className='cases-rating__word'>{stars ? t(STAR_WORDS[stars - 1]) : t('approvals.cases.rating.prompt')}</View>
      {errors.stars && <View className='ui-field__error' role='alert'>{errors.stars}</View>}
      <TextBox value={comment} max={COMMENT_MAX} placeholder={t('approvals.cases.rating.placeholder')} label={t('approvals.cases.rating.placeholder')} testId='rating-comment' onInput={setComment} />
      {(errors.comment || errors.form) && <View className='ui-field__error' role='alert'>{errors.comment || errors.form}</View>}
      <View className='cases-rating__submit'>
        <Button block loading={rating.busy} onClick={submit} testId='rating-submit'>{t('approvals.cases.rating.submit')}</Button>
      </View>
      <View className='ui-muted'>{t('approvals.cases.rating.once')}</View>
    </View>
  )
}

import '../assist.css'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { AssistRequest, RevealPhoneResponse } from '@/contract'
import { ASSIST_HELPER_MAX, ASSIST_PHONE_REVEAL_SECONDS } from '@/contract'
import { ApiError, messageOf, useMutation, useResource } from '@/shared/api'
import { goToSignIn, useSession } from '@/shared/session'
import { Button, Card, EmptyState, LoadState, Section } from '@/shared/ui'
import { formatDateTime, nowMs, useNow } from '@/shared/time'
import { useT } from '../strings'
import { assistApi } from '../api'
import { AssistStateTag, slotText } from './AssistStateTag'

/** The times a clerk may offer on the day the resident asked for. */
const TIMES = { am: ['09:00', '09:30', '10:00', '10:30', '11:00'], pm: ['14:00', '14:30', '15:00', '15:30', '16:00'] } as const

function Open({ request }: { request: AssistRequest }) {
  const t = useT()
  const me = useSession((s) => s.user?.name) ?? ''
  const [time, setTime] = useState('')
  const [helper, setHelper] = useState(me)
  const [error, setError] = useState('')
  const accept = useMutation((_key: string) => assistApi.accept(request.id, { scheduledAt: `${request.preferred.date}T${time}:00+08:00`, helperName: helper.trim() }), {
    invalidates: ['clerk-assist'],
    onError: (e) => setError(e instanceof ApiError && e.fields ? Object.values(e.fields)[0] : messageOf(e)),
  })
  const send = () => {
    if (!time) { setError(t('assist.clerk.timeMissing')); return }
    if (!helper.trim()) { setError(t('assist.clerk.helperMissing')); return }
    void accept.run()
  }
  return (
    <View className='assist-card__form'>
      <Text className='ui-muted'>{t('assist.clerk.time')} · {request.preferred.date}</Text>
      <View className='assist-chips' role='radiogroup'>
        {TIMES[request.preferred.half].map((hm) => (
          <View key={hm} className={`assist-chip ${time === hm ? 'assist-chip--on' : ''}`} role='radio' aria-checked={time === hm} onClick={() => { setTime(hm); setError('') }} data-testid='clerk-assist-time'>{hm}</View>
        ))}
      </View>
      <Input className='assist-input' value={helper} maxlength={ASSIST_HELPER_MAX} placeholder={t('assist.clerk.helper')} aria-label={t('assist.clerk.helper')} data-testid='clerk-assist-helper' onInput={(e) => { setHelper(e.detail.value); setError('') }} />
      {error && <View className='ui-field__error' role='alert'>{error}</View>}
      <Button size='small' loading={accept.busy} onClick={send} testId='clerk-assist-accept'>{t('assist.clerk.accept')}</Button>
    </View>
  )
}

/** The revealed number with its countdown and 拨打; the clock ticks only while it is on screen. */
function ShownPhone({ phone, hideAt, onHidden }: { phone: string; hideAt: number; onHidden: () => void }) {
  const t = useT()
  const now = useNow(1000)
  const secondsLeft = Math.min(ASSIST_PHONE_REVEAL_SECONDS, Math.ceil((hideAt - now) / 1000))
  useEffect(() => { if (secondsLeft <= 0) onHidden() }, [secondsLeft, onHidden])
  if (secondsLeft <= 0) return null
  return (
    <View className='assist-callback'>
      <Text className='assist-callback__number' data-testid='clerk-assist-phone' aria-live='polite'>{t('assist.clerk.phoneShown', { phone, seconds: secondsLeft })}</Text>
      <Button size='small' variant='default' onClick={() => void Taro.makePhoneCall({ phoneNumber: phone })} testId='clerk-assist-call'>{t('assist.clerk.call')}</Button>
    </View>
  )
}

/**
 * The resident's callback number: masked until the clerk taps to see it (like 核对证件 at the window), then in full for
 * a minute; each look is recorded in the resident's access log.
 */
function Callback({ request }: { request: AssistRequest }) {
  const t = useT()
  const [shown, setShown] = useState<{ phone: string; hideAt: number } | null>(null)
  // never longer on screen than the rule, whatever the clocks' skew
  const reveal = useMutation(() => assistApi.revealPhone(request.id), {
    onSuccess: (r: RevealPhoneResponse) => setShown({ phone: r.phone, hideAt: Math.min(Date.parse(r.visibleUntil), nowMs() + ASSIST_PHONE_REVEAL_SECONDS * 1000) }),
  })
  if (shown) return <ShownPhone phone={shown.phone} hideAt={shown.hideAt} onHidden={() => setShown(null)} />
  const open = request.state === 'submitted' || request.state === 'accepted'
  return (
    <View className='assist-callback'>
      <Text className='assist-callback__number' data-testid='clerk-assist-masked'>{t('assist.clerk.callback', { phone: request.phoneMasked })}</Text>
      {open && <Button size='small' variant='plain' loading={reveal.busy} onClick={() => void reveal.run()} testId='clerk-assist-reveal'>{t('assist.clerk.reveal')}</Button>}
      {open && <Text className='assist-callback__hint'>{t('assist.clerk.revealHint')}</Text>}
      {reveal.error && <View className='ui-field__error' role='alert'>{messageOf(reveal.error)}</View>}
    </View>
  )
}

function Accepted({ request }: { request: AssistRequest }) {
  const t = useT()
  const complete = useMutation(() => assistApi.complete(request.id), { invalidates: ['clerk-assist'] })
  return (
    <View className='assist-card__form'>
      {complete.error && <View className='ui-field__error' role='alert'>{messageOf(complete.error)}</View>}
      <Button size='small' variant='default' loading={complete.busy} onClick={() => void complete.run()} testId='clerk-assist-complete'>{t('assist.clerk.complete')}</Button>
    </View>
  )
}

/** The clerks' list: open requests to accept with a time and a staff member, accepted ones to mark done. */
export function AssistDesk() {
  const t = useT()
  const user = useSession((s) => s.user)
  const list = useResource(() => assistApi.open(), [user?.id], { enabled: user?.role === 'clerk', tags: ['clerk-assist'] })
  if (user?.role !== 'clerk') return <EmptyState icon='lock' title={t('assist.clerk.notClerk')} action={t('assist.clerk.switch')} onAction={() => goToSignIn('clerk')} />
  return (
    <Section title={t('assist.clerk.title')}>
      <LoadState resource={list} isEmpty={(d) => d.items.length === 0} empty={<EmptyState icon='people' title={t('assist.clerk.empty')} hint={t('assist.clerk.emptyHint')} />}>
        {(d) => (
          <View data-testid='clerk-assist-list'>
            {d.items.map((r) => (
              <Card key={r.id} testId='clerk-assist-item'>
                <View className='assist-card__head'>
                  <Text className='assist-card__title'>{t(`assist.kind.${r.kind}`)} · {r.target.name}</Text>
                  <AssistStateTag state={r.state} />
                </View>
                <View className='assist-card__line'>{r.caseNumber} · {formatDateTime(r.createdAt)}</View>
                <View className='assist-card__line'>{t('assist.clerk.wants', { slot: slotText(r.preferred, t) })}</View>
                <Callback request={r} />
                {r.eligibility && <View className='assist-card__line'>{r.eligibility}</View>}
                {r.documents?.length ? <View className='assist-card__line'>{t('assist.clerk.documents', { names: r.documents.map((doc) => doc.name).join(t('assist.listSep')) })}</View> : null}
                {r.scheduledAt && <View className='assist-card__line'>{t('assist.clerk.scheduled', { time: formatDateTime(r.scheduledAt), name: r.helperName ?? '' })}</View>}
                {r.state === 'submitted' ? <Open request={r} /> : <Accepted request={r} />}
              </Card>
            ))}
          </View>
        )}
      </LoadState>
    </Section>
  )
}

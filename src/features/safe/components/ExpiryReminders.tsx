import '../safe.entry.css'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { DueReminder } from '@/contract'
import { documentNameEn } from '@/contract'
import { Button, Card, Icon, Section, colors } from '@/shared/ui'
import { useMutation, useResource } from '@/shared/api'
import { localized } from '@/shared/strings'
import { useSession } from '@/shared/session'
import { go, ROUTES } from '@/shared/routes'
import { askSubscribe } from '@/shared/subscribe'
import { useEntryT as useT, type EntryKey as StringKey } from '../strings.entry'
import { safeApi } from '../api'
import { useReminders } from '../reminders'

/** The 证照到期提醒 subscribe-message template (订阅消息 in WeChat's console), per deployment in .env; empty = not set up. */
const expiryTemplateId = () => process.env.TARO_APP_TPL_EXPIRY_REMINDER || ''

const stageOf = (d: DueReminder) => (d.expired ? 'expired' : d.stage!)

/** What is due, worked out by the server on its clock (GET /api/reminders); quiet for clerks and signed-out visitors. */
function useDue() {
  const token = useSession((s) => s.token)
  const role = useSession((s) => s.user?.role)
  return useResource(() => safeApi.reminders(), [token], { enabled: !!token && !!role && role !== 'clerk', tags: ['expiry-reminders'] })
}

function useNames() {
  const t = useT()
  return {
    name: (d: DueReminder) => (d.kind === 'annual-report' ? t('safe.reminders.annualReport') : localized(d.name, documentNameEn(d.name))),
    when: (d: DueReminder) => (d.expired ? t('safe.expired') : d.daysLeft === 0 ? t('safe.expiresToday') : t('safe.expiresInDays', { days: d.daysLeft })),
  }
}

/** One tap to the renewal: the booking, pre-filled with the item that renews it (and the licence named on top). */
export function openRenewal(d: DueReminder, name: string) {
  if (d.renewalItemId) go(ROUTES.hallBooking, { itemId: d.renewalItemId, renew: name, until: d.validUntil })
}

/**
 * The home page's small card: the most urgent licence (or 年报) not dismissed at its stage, how many more are due,
 * and one tap to the renewal. 知道了 hides it until the next stage (60 → 30 → 7 days, then expired).
 */
export function ExpiryCard() {
  const t = useT()
  const { name, when } = useNames()
  const due = useDue()
  const dismissed = useReminders((s) => s.dismissed)
  const dismiss = useReminders((s) => s.dismiss)
  const shown = (due.data?.items ?? []).filter((d) => dismissed[d.id] !== stageOf(d))
  if (!shown.length) return null
  const first = shown[0]
  const urgent = first.expired || first.stage === 7
  return (
    <View className='safe-due' data-testid='expiry-card'>
      <View className='safe-due__main' role='button' onClick={() => (first.renewalItemId ? openRenewal(first, name(first)) : go(ROUTES.safe))} data-testid='expiry-card-open'>
        <Icon name='alert' color={urgent ? colors.danger : colors.warning} size={18} />
        <View className='safe-due__text'>
          <Text className='safe-due__name'>{name(first)}</Text>
          <Text className={urgent ? 'safe-due__when safe-due__when--urgent' : 'safe-due__when'}>{when(first)}{shown.length > 1 ? ` · ${t('safe.reminders.more', { count: shown.length - 1 })}` : ''}</Text>
        </View>
        <Text className='safe-due__go'>{first.renewalItemId ? t('safe.reminders.renew') : t('safe.reminders.view')}</Text>
        <Icon name='chevron-right' color={colors.textHint} size={16} />
      </View>
      <View className='safe-due__dismiss' role='button' onClick={() => dismiss(first.id, stageOf(first))} data-testid='expiry-dismiss'>{t('safe.reminders.dismiss')}</View>
    </View>
  )
}

const SUBSCRIBE_NOTE: Record<string, StringKey> = {
  unconfigured: 'safe.reminders.subscribeUnconfigured',
  failed: 'safe.reminders.subscribeFailed',
  reject: 'safe.reminders.subscribeDenied',
}

/** weapp: the 订阅消息 for the 60/30/7-day reminders, recorded on the server either way (a refusal is not asked again). */
function SubscribeExpiry({ subscribed }: { subscribed: boolean }) {
  const t = useT()
  const [note, setNote] = useState<StringKey>()
  const record = useMutation((_key: string, accepted: boolean) => safeApi.subscribeExpiry({ templateIds: accepted ? [expiryTemplateId()] : [], accepted }), {
    invalidates: ['expiry-reminders'],
  })
  if (subscribed) return <Text className='ui-muted' data-testid='expiry-subscribed'>{t('safe.reminders.subscribed')}</Text>
  const ask = async () => {
    const answer = await askSubscribe(expiryTemplateId())
    setNote(SUBSCRIBE_NOTE[answer])
    if (answer === 'accept' || answer === 'reject') await record.run(answer === 'accept')
  }
  return (
    <View className='safe-reminder__subscribe'>
      <Button size='small' variant='default' loading={record.busy} onClick={ask} testId='expiry-subscribe'>{t('safe.reminders.subscribe')}</Button>
      {note && <Text className='ui-muted' role='status'>{t(note)}</Text>}
    </View>
  )
}

/**
 * 证照到期提醒 on the safe: every licence 60/30/7 days from expiry (or past it) with one tap to its renewal, a
 * business's 年报 deadline in the same list, and how the reminders reach the person (weapp: a subscribe message; H5:
 * the card on the home page). Quiet when nothing is due.
 */
export function ExpiryReminders() {
  const t = useT()
  const { name, when } = useNames()
  const due = useDue()
  if (!due.data?.items.length) return null
  return (
    <Section title={t('safe.reminders.title')}>
      {due.data.items.map((d) => (
        <Card key={d.id} testId='expiry-reminder'>
          <View className='safe-reminder'>
            <Icon name='alert' color={d.expired || d.stage === 7 ? colors.danger : colors.warning} size={20} />
            <View className='safe-reminder__text'>
              <Text className='safe-reminder__name'>{name(d)}</Text>
              <Text className='ui-muted'>{when(d)}</Text>
            </View>
            {d.renewalItemId && <Button size='small' onClick={() => openRenewal(d, name(d))} testId='expiry-renew'>{t('safe.reminders.renew')}</Button>}
          </View>
        </Card>
      ))}
      {process.env.TARO_ENV === 'weapp'
        ? <SubscribeExpiry subscribed={due.data.subscribed} />
        : <Text className='ui-muted safe-reminder__how'>{t('safe.reminders.inApp')}</Text>}
    </Section>
  )
}

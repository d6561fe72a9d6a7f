import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Appointment, ServiceItem, Slot } from '@/contract'
import { checkinQrText, hallNameEn } from '@/contract'
import { Banner, Button, Card, Cell, List, LoadState, QrCode, Section, Skeleton, Tag, colors } from '@/shared/ui'
import { messageOf, useMutation, useResource } from '@/shared/api'
import { localized } from '@/shared/strings'
import { useT, type StringKey } from '../strings'
import { local, now } from '@/shared/time'
import { go, ROUTES } from '@/shared/routes'
import { appointmentsApi } from '../api'
import { STATUS_TONE, whenText } from '../format'
import { offerReminder, REMINDER_LABEL, type ReminderResult } from '../reminder'
import { Countdown } from './Countdown'
import { SlotPicker, slotTime } from './SlotPicker'
import '../appointments.entry.css'
import '../appointments.css'

/**
 * One appointment: the check-in QR (PYCHK1.<id>.<code>) while booked, the
 * queue number and people ahead once checked in; reschedule, cancel, reminder.
 */
const REMINDER_NOTICE: Record<ReminderResult, StringKey> = {
  on: 'halls.appt.remindOn',
  denied: 'halls.appt.remindDenied',
  saved: 'halls.appt.icsSaved',
  copied: 'halls.appt.remindCopied',
  unconfigured: 'halls.appt.remindUnconfigured',
  failed: 'halls.appt.remindFailed',
}

/** A08 A09, or A08–A12 for a run of windows. */
const windowsRange = (w: string[]) => (w.length <= 2 ? w.join(' ') : `${w[0]}–${w[w.length - 1]}`)

export function AppointmentDetail({ id, onNavigate, onGone }: { id: string; onNavigate?: (a: Appointment) => void; onGone?: () => void }) {
  const resource = useResource(() => appointmentsApi.get(id), [id], { cacheKey: `appointments:one:${id}`, tags: ['appointments'] })
  return (
    <LoadState resource={resource} skeleton={<Skeleton cards={2} rows={4} />}>
      {(a) => <Body appointment={a} reload={resource.reload} onNavigate={onNavigate} onGone={onGone} />}
    </LoadState>
  )
}

/** The booked 情形's materials, else (no situation, or one the catalogue no longer has) the item's own. */
const materialsOf = (item: ServiceItem, situationId?: string) => item.situations?.find((x) => x.id === situationId)?.materials ?? item.materials

/** What to bring on the day, from the item's guide (the booked 情形's materials when it names one); e-licences the clerk can pull from the safe are marked. */
function MaterialsToBring({ itemId, situationId }: { itemId: string; situationId?: string }) {
  const t = useT()
  const item = useResource(() => appointmentsApi.item(itemId), [itemId], { cacheKey: `appointments:item:${itemId}` })
  return (
    <Section title={t('halls.appt.bring')} extra={t('halls.appt.guide')} onExtra={() => go(ROUTES.item, { id: itemId })}>
      <LoadState resource={item} skeleton={<Skeleton cards={1} rows={2} />} isEmpty={(d) => materialsOf(d, situationId).length === 0} empty={<Text className='ui-muted'>{t('halls.appt.bringNothing')}</Text>}>
        {(data) => (
          <List>
            {materialsOf(data, situationId).map((m) => (
              <Cell key={m.id} icon='file' testId='appointment-material' title={m.copies && m.copies > 1 ? t('halls.appt.copies', { name: m.name, copies: m.copies }) : m.name} arrow={false}
                extra={m.licenceType ? <Tag tone='success'>{t('halls.appt.eLicence')}</Tag> : undefined} />
            ))}
          </List>
        )}
      </LoadState>
    </Section>
  )
}

function Body({ appointment: a, reload, onNavigate, onGone }: { appointment: Appointment; reload: () => Promise<void>; onNavigate?: (a: Appointment) => void; onGone?: () => void }) {
  const t = useT()
  const [mode, setMode] = useState<'view' | 'reschedule'>('view')
  const [notice, setNotice] = useState<{ tone: 'info' | 'danger'; text: string }>()
  const [date, setDate] = useState(() => local(a.start).format('YYYY-MM-DD'))
  const [slot, setSlot] = useState<Slot>()
  const changeable = a.status === 'booked'
  // On the day, look for the clerk's check-in now and then, so the queue number appears without a tap.
  const today = a.status === 'booked' && local(a.start).format('YYYY-MM-DD') === now().format('YYYY-MM-DD')
  useEffect(() => {
    if (!today) return undefined
    const timer = setInterval(() => { reload().catch(() => undefined) }, 15_000)
    return () => clearInterval(timer)
  }, [today, reload])

  // Each change says what it did (or why not) in the banner; the appointment (and the lists) load again by their tag.
  const said = {
    invalidates: ['appointments'],
    onSuccess: (text: string) => setNotice({ tone: 'info', text }),
    onError: (e: Error) => setNotice({ tone: 'danger', text: messageOf(e) }),
  } as const
  const cancelling = useMutation(async () => {
    await appointmentsApi.cancel(a.id)
    onGone?.()
    return t('halls.appt.cancelled')
  }, said)
  const moving = useMutation(async (_key: string, start: string) => {
    const moved = await appointmentsApi.reschedule(a.id, start)
    setMode('view')
    setSlot(undefined)
    return t('halls.appt.rescheduled', { time: `${local(moved.start).format(t('halls.appt.dateFormat'))} ${slotTime(moved)}` })
  }, said)
  const reminding = useMutation(async () => t(REMINDER_NOTICE[await offerReminder(a)]), said)

  const cancel = async () => {
    // WeUI's warn style: the destructive choice is red and says what it does; the safe one is named too
    const answer = await Taro.showModal({ title: t('halls.appt.cancelTitle'), content: t('halls.appt.cancelConfirm'), confirmText: t('halls.appt.cancelYes'), confirmColor: colors.danger, cancelText: t('halls.appt.keep') })
    if (!answer.confirm) return
    setNotice(undefined)
    await cancelling.run()
  }
  const move = async () => {
    if (!slot) return
    setNotice(undefined)
    await moving.run(slot.start)
  }
  const remind = async () => {
    setNotice(undefined)
    await reminding.run()
  }

  return (
    <View data-testid='appointment-detail'>
      {notice && <View className='appointments-pad'><Banner tone={notice.tone} icon={notice.tone === 'danger' ? 'alert' : 'check'}>{notice.text}</Banner></View>}
      <Section>
        <Card>
          <View className='appointments-card__head'>
            <Text className='appointments-card__item' role='heading' aria-level={1}>{localized(a.itemName, a.itemNameEn)}</Text>
            <Tag tone={STATUS_TONE[a.status]}>{t(`halls.appt.status.${a.status}` as StringKey)}</Tag>
          </View>
          {a.situationName && <Text className='appointments-situation' data-testid='appointment-situation'>{t('halls.appt.situation', { name: localized(a.situationName, a.situationNameEn) })}</Text>}
          <Text className='appointments-when' data-testid='appointment-when'>{whenText(a)}</Text>
          {a.status === 'booked' && <Countdown start={a.start} end={a.end} />}
          {a.cloudWindow && <Text className='ui-muted appointments-note'>{t('halls.appt.cloudHint')}</Text>}
        </Card>
      </Section>
      {a.status === 'booked' && mode === 'view' && (
        <Section title={t('halls.appt.checkin')}>
          <Card>
            <View className='appointments-qr' data-testid='checkin-code'>
              <QrCode value={checkinQrText(a.id, a.checkinCode)} size={208} label={t('halls.appt.checkinQr')} testId='checkin-qr' />
              <Text className='appointments-qr__code'>{t('halls.appt.code', { code: a.checkinCode.replace(/(\d{3})(\d{3})/, '$1 $2') })}</Text>
              <Text className='ui-muted appointments-qr__hint'>{t('halls.appt.checkinHint')}</Text>
            </View>
          </Card>
        </Section>
      )}
      {a.status === 'checked-in' && (
        <Section title={t('halls.appt.queueNumber')}>
          <Card>
            <View className='appointments-queue' data-testid='queue-number'>
              <Text className='appointments-queue__number'>{a.queueNumber}</Text>
              <Text className='appointments-queue__ahead'>{a.ahead ? t('halls.appt.ahead', { count: a.ahead }) : t('halls.appt.aheadNone')}</Text>
              <Button variant='plain' size='small' onClick={reload}>{t('halls.appt.refresh')}</Button>
            </View>
          </Card>
        </Section>
      )}
      {mode === 'reschedule' && (
        <Section title={t('halls.appt.rescheduleTitle')}>
          <Text className='ui-muted appointments-note'>{t('halls.appt.rescheduleHint')}</Text>
          <SlotPicker hallId={a.hallId} itemId={a.itemId} date={date} onDate={(d) => { setDate(d); setSlot(undefined) }} selected={slot?.start} onSelect={setSlot} exceptStart={a.start} />
          <View className='appointments-actions'>
            <Button variant='default' onClick={() => { setMode('view'); setSlot(undefined) }}>{t('action.cancel')}</Button>
            <Button disabled={!slot || slot.start === a.start} loading={moving.busy} onClick={move} testId='reschedule-confirm'>{t('halls.book.confirmReschedule')}</Button>
          </View>
        </Section>
      )}
      {a.status === 'booked' && <MaterialsToBring itemId={a.itemId} situationId={a.situationId} />}
      <Section>
        <List>
          <Cell icon='pin' title={localized(a.hallName, hallNameEn(a.hallName))} desc={a.hallAddress} extra={onNavigate ? t('halls.navigate') : undefined} onClick={onNavigate ? () => onNavigate(a) : undefined} />
          {a.place && <Cell icon='building' title={t('halls.appt.place')} desc={t('halls.appt.placeWhere', { level: a.place.level, zone: a.place.zone, windows: windowsRange(a.place.windows) })} arrow={false} testId='appointment-place' />}
          <Cell icon='user' title={t('halls.appt.contact')} desc={`${a.contactName}${a.contactPhoneMasked ? ` · ${a.contactPhoneMasked}` : ''}`} arrow={false} />
        </List>
      </Section>
      {changeable && mode === 'view' && (
        <View className='appointments-actions appointments-pad'>
          <Button variant='default' onClick={remind} loading={reminding.busy} testId='appointment-remind'>{a.reminder ? t('halls.appt.remindOn') : t(REMINDER_LABEL)}</Button>
          <Button variant='plain' onClick={() => setMode('reschedule')} testId='appointment-reschedule'>{t('halls.appt.reschedule')}</Button>
          <Button variant='danger' onClick={cancel} loading={cancelling.busy} testId='appointment-cancel'>{t('halls.appt.cancel')}</Button>
        </View>
      )}
    </View>
  )
}

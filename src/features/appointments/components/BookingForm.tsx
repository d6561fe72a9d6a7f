import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Appointment, Slot } from '@/contract'
import { ApiError, messageOf, serverTime, useMutation, useResource } from '@/shared/api'
import { Banner, Button, Card, Cell, ErrorState, List, Section, Skeleton } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { localized } from '@/shared/strings'
import { hallNameEn } from '@/contract'
import { useT } from '../strings'
import { local } from '@/shared/time'
import { appointmentsApi } from '../api'
import { bookingDates, SlotPicker, slotTime } from './SlotPicker'
import '../appointments.entry.css'
import '../appointments.css'

/** The first date in the window with a free slot (so "earliest" is one tap away), else today. */
export function useFirstFreeDate(hallId: string, itemId: string): { date: string | undefined; failed: unknown; retry: () => void } {
  const [date, setDate] = useState<string>()
  const [failed, setFailed] = useState<unknown>()
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    setFailed(undefined)
    ;(async () => {
      try {
        // the server's today, not the phone's: a phone a day off must still be offered the hall's days
        const dates = bookingDates((await serverTime()).today)
        if (!live) return
        for (const d of dates) {
          const res = await appointmentsApi.slots(hallId, itemId, d)
          if (!live) return
          if (res.items.some((s) => s.booked < s.capacity)) {
            setDate(d)
            return
          }
        }
        setDate(dates[0])
      } catch (e) {
        if (live) setFailed(e)
      }
    })()
    return () => { live = false }
  }, [hallId, itemId, attempt])
  return { date, failed, retry: () => setAttempt((n) => n + 1) }
}

/**
 * Pick a date and slot, confirm with the profile's name and phone. One
 * Idempotency-Key per attempt: retries of the same attempt book once.
 * `situationId`: the 情形 chosen on the item's guide, named under the item and booked with it.
 */
export function BookingForm({ hallId, itemId, situationId, onBooked, onChangeHall }: { hallId: string; itemId: string; situationId?: string; onBooked: (a: Appointment) => void; onChangeHall?: () => void }) {
  const t = useT()
  const user = useSession((s) => s.user)
  const ensure = useSession((s) => s.ensure)
  const hall = useResource(() => appointmentsApi.hall(hallId), [hallId], { cacheKey: `appointments:hall:${hallId}` })
  const first = useFirstFreeDate(hallId, itemId)
  const [date, setDate] = useState<string>()
  const [slot, setSlot] = useState<Slot>()
  const [pickerKey, setPickerKey] = useState(0)
  const booking = useMutation(async (key: string, start: string) => {
    await ensure()
    return appointmentsApi.book({ hallId, itemId, start, ...(situationId ? { situationId } : {}) }, key)
  }, {
    invalidates: ['appointments'],
    onSuccess: (booked) => {
      Taro.showToast({ title: t('halls.book.success'), icon: 'success' }).catch(() => undefined)
      onBooked(booked)
    },
    onError: (e) => {
      if (e instanceof ApiError && (e.code === 'SLOT_FULL' || e.code === 'SLOT_PAST')) {
        // the seat went to someone else: show the day as it is now
        setSlot(undefined)
        setPickerKey((k) => k + 1)
      }
    },
  })
  const error = booking.error && messageOf(booking.error)
  const busy = booking.busy
  const shownDate = date ?? first.date
  const item = useResource(() => appointmentsApi.item(itemId), [itemId], { cacheKey: `appointments:item:${itemId}` })
  const situation = situationId ? item.data?.situations?.find((x) => x.id === situationId) : undefined

  const choose = (s: Slot) => {
    setSlot(s)
    booking.reset()
  }
  const confirm = async () => {
    if (slot) await booking.run(slot.start)
  }

  if (first.failed && !shownDate) return <ErrorState error={first.failed} onRetry={first.retry} />
  return (
    <View data-testid='booking-form'>
      {/* 换大厅 above the card, not beside the hall's name: a long (English, 关怀模式) name keeps the row's width */}
      <Section extra={onChangeHall ? t('halls.book.changeHall') : undefined} onExtra={onChangeHall}>
        <List>
          <Cell icon='building' title={hall.data ? localized(hall.data.name, hallNameEn(hall.data.name)) : t('halls.book.hall')} desc={hall.data?.address} onClick={onChangeHall} />
          <Cell icon='file' title={t('halls.book.item')} desc={item.data ? localized(item.data.name, item.data.nameEn) : '…'} arrow={false} />
          {situationId && <Cell icon='layers' title={t('halls.book.situation')} desc={situation ? localized(situation.name, situation.nameEn) : '…'} arrow={false} testId='booking-situation' />}
        </List>
      </Section>
      <Section title={t('halls.book.chooseSlot')}>
        {shownDate ? (
          <SlotPicker key={pickerKey} hallId={hallId} itemId={itemId} date={shownDate} onDate={(d) => { setDate(d); setSlot(undefined) }} selected={slot?.start} onSelect={choose} />
        ) : (
          <Skeleton cards={1} rows={4} />
        )}
      </Section>
      <Section title={t('halls.book.contact')}>
        <Card>
          <View className='appointments-contact'>
            <Text>{t('format.labelValue', { label: t('halls.book.contact'), value: user?.name ?? '—' })}</Text>
            <Text>{t('format.labelValue', { label: t('halls.book.phone'), value: user?.phoneMasked ?? '—' })}</Text>
            <Text className='ui-muted appointments-contact__hint'>{t('halls.book.contactHint')}</Text>
          </View>
        </Card>
      </Section>
      {error && <View className='appointments-pad'><Banner tone='danger' icon='alert'>{error}</Banner></View>}
      <View className='appointments-confirm'>
        <Text className='appointments-confirm__what'>
          {slot ? t('halls.book.selected', { date: local(slot.start).format(t('halls.appt.dateFormat')), time: slotTime(slot) }) : t('halls.book.pickSlot')}
        </Text>
        <Button block disabled={!slot} loading={busy} onClick={confirm} testId='booking-confirm'>{t('halls.book.confirm')}</Button>
      </View>
    </View>
  )
}

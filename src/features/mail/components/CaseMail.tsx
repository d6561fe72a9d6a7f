import '../mail.css'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Case } from '@/contract'
import { Button, Card, Field, LoadState, Section, Tag } from '@/shared/ui'
import { ApiError, messageOf, useMutation, useResource } from '@/shared/api'
import { formatDateTime } from '@/shared/time'
import { go, ROUTES } from '@/shared/routes'
import { useT } from '../strings'
import { mailApi } from '../api'

/** The result's way home: 窗口领取, or 邮寄 with the address, then carrier and waybill (已寄出), then 已签收. */
export function CaseDelivery({ record }: { record: Case }) {
  const t = useT()
  const d = record.delivery
  if (!d) return null
  const delivered = record.events.some((e) => e.kind === 'delivered')
  return (
    <Section title={t('mail.case.title')}>
      <Card testId='case-delivery'>
        {d.method === 'window' ? <Text>{t('mail.case.window')}</Text> : (
          <View>
            <View className='mail-parcel__row'>
              <Text>{t('mail.case.post', { recipient: d.recipient ?? '', phone: d.phoneMasked ?? '' })}</Text>
              {d.waybill && <Tag tone={delivered ? 'success' : 'primary'}>{t(delivered ? 'mail.case.delivered' : 'mail.case.sent')}</Tag>}
            </View>
            <View className='mail-address__line'>{d.addressLine}</View>
            {d.waybill
              ? <View className='ui-muted mail-parcel__waybill' data-testid='case-waybill'>{t('mail.case.waybill', { carrier: d.carrier ?? '', waybill: d.waybill })}</View>
              : <View className='ui-muted'>{t('mail.case.waiting')}</View>}
            {d.waybill && !delivered && d.expectedAt && <View className='ui-muted'>{t('mail.case.expected', { time: formatDateTime(d.expectedAt) })}</View>}
          </View>
        )}
      </Card>
    </Section>
  )
}

function PickupForm({ caseId, onBooked }: { caseId: string; onBooked: (c: Case) => void }) {
  const t = useT()
  const slots = useResource(() => mailApi.pickupSlots(), [caseId])
  const addresses = useResource(() => mailApi.addresses(), [caseId], { tags: ['addresses'] })
  const [slotId, setSlotId] = useState<string>()
  const [addressId, setAddressId] = useState<string>()
  const [error, setError] = useState('')
  const chosenAddress = addressId ?? addresses.data?.items.find((a) => a.isDefault)?.id
  const book = useMutation((key: string, body: { caseId: string; slotId: string; addressId: string }) => mailApi.bookPickup(body, key), {
    invalidates: ['cases'],
    onSuccess: onBooked,
    onError: (e) => setError(e instanceof ApiError && e.fields ? Object.values(e.fields)[0] : messageOf(e)),
  })
  const confirm = () => {
    if (!slotId) { setError(t('mail.in.pickSlot')); return }
    if (!chosenAddress) { setError(t('mail.delivery.noAddress')); return }
    book.run({ caseId, slotId, addressId: chosenAddress })
  }
  return (
    <View data-testid='pickup-form'>
      <Field label={t('mail.in.slot')}>
        <LoadState resource={slots} isEmpty={(d) => d.items.length === 0} empty={<View className='ui-muted'>{t('mail.in.noSlots')}</View>}>
          {(data) => (
            <View className='mail-chips' role='radiogroup'>
              {data.items.map((s) => (
                <Text key={s.id} className={`mail-chip ${s.id === slotId ? 'mail-chip--on' : ''}`} role='radio' aria-checked={s.id === slotId} onClick={() => { setSlotId(s.id); setError('') }} data-testid='pickup-slot'>{`${s.date.slice(5)} ${s.window}`}</Text>
              ))}
            </View>
          )}
        </LoadState>
      </Field>
      <Field label={t('mail.in.address')}>
        <LoadState resource={addresses} isEmpty={(d) => d.items.length === 0} empty={<Text className='mail-link' role='link' onClick={() => go(ROUTES.addressEdit)}>{t('mail.delivery.addAddress')}</Text>}>
          {(data) => (
            <View className='mail-chips' role='radiogroup'>
              {data.items.map((a) => (
                <Text key={a.id} className={`mail-chip ${a.id === chosenAddress ? 'mail-chip--on' : ''}`} role='radio' aria-checked={a.id === chosenAddress} onClick={() => setAddressId(a.id)}>{`${a.recipient} · ${a.district}`}</Text>
              ))}
            </View>
          )}
        </LoadState>
      </Field>
      {error && <View className='ui-field__error' role='alert'>{error}</View>}
      <Button block loading={book.busy} onClick={confirm} testId='pickup-confirm'>{t('mail.in.confirm')}</Button>
    </View>
  )
}

/** 寄件: while a case is open, its paper materials can go by post: a pickup slot, an address, a waybill. */
export function MailInCard({ record }: { record: Case }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const [booked, setBooked] = useState<Case>()
  const mailIn = (booked ?? record).mailIn
  const openCase = ['submitted', 'accepted', 'needs-correction', 'in-review'].includes(record.status)
  if (!mailIn && !openCase) return null
  return (
    <Section title={t('mail.in.title')}>
      <Card testId='mail-in'>
        {mailIn ? (
          <View>
            <Text data-testid='mail-in-booked'>{t('mail.in.booked', { date: mailIn.date, window: mailIn.window })}</Text>
            <View className='mail-address__line'>{mailIn.addressLine}</View>
            <View className='ui-muted mail-parcel__waybill'>{t('mail.case.waybill', { carrier: mailIn.carrier, waybill: mailIn.waybill })}</View>
          </View>
        ) : open ? <PickupForm caseId={record.id} onBooked={setBooked} /> : (
          <View>
            <View className='ui-muted'>{t('mail.in.hint')}</View>
            <View className='ui-gap' />
            <Button variant='default' block onClick={() => setOpen(true)} testId='mail-in-open'>{t('mail.in.book')}</Button>
          </View>
        )}
      </Card>
    </Section>
  )
}

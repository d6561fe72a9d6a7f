import '../visit.css'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Appointment, HallPlan, Ticket } from '@/contract'
import { Banner, Button, Card, Section } from '@/shared/ui'
import { messageOf, newIdempotencyKey, useResource } from '@/shared/api'
import { useSession } from '@/shared/session'
import { useT } from '../strings'
import { local, today } from '@/shared/time'
import { go, ROUTES } from '@/shared/routes'
import { visitApi } from '../api'
import { askCallNotice } from '../callNotice'
import { UsualQueue } from './UsualQueue'

interface Position {
  lng: number
  lat: number
  crs: 'gcj02' | 'wgs84'
}

interface Props {
  hallId: string
  /** the item the resident came from: take a ticket for it in one tap */
  itemId?: string
  /** the position the app has (the halls feature's, in the platform's system) */
  getPosition: () => Promise<Position>
}

function ticketingText(plan: HallPlan, t: ReturnType<typeof useT>): string {
  const s = plan.ticketing
  if (s.reason === 'last-ticket-passed') return t('visit.entry.lastPassed', { time: s.lastTicketAt ?? '' })
  if (s.reason === 'holiday') return t('visit.entry.holiday')
  return t('visit.entry.closed')
}

/**
 * On a hall page: 在线取号 while the machine issues numbers, "我已到达" for a
 * booking here today, or the ticket already taken here. Residents only.
 */
export function VisitEntry({ hallId, itemId, getPosition }: Props) {
  const t = useT()
  const role = useSession((s) => s.user?.role)
  const resident = role === 'resident' || role === 'business'
  const state = useResource(async () => {
    const [plan, mine, appointments] = await Promise.all([
      visitApi.plan(hallId),
      resident ? visitApi.mine() : Promise.resolve({ items: [] as Ticket[], total: 0 }),
      resident ? visitApi.appointments() : Promise.resolve({ items: [] as Appointment[], total: 0 }),
    ])
    const day = today()
    return {
      plan,
      live: mine.items.find((x) => x.hallId === hallId && (x.status === 'waiting' || x.status === 'called' || x.status === 'missed')),
      booking: appointments.items.find((a) => a.hallId === hallId && a.status === 'booked' && local(a.start).format('YYYY-MM-DD') === day),
    }
  }, [hallId, resident])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [code, setCode] = useState('')
  const [key] = useState(newIdempotencyKey)

  if (!state.data || state.data.plan.selfService || !resident) return null
  const { plan, live, booking } = state.data

  const run = async (action: () => Promise<Ticket>, ask = false) => {
    setBusy(true)
    setError(null)
    try {
      // asked first, inside the tap (WeChat asks only there); the ticket screen says how the call will reach them
      const notice = ask ? await askCallNotice() : undefined
      const ticket = await action()
      go(ROUTES.ticket, notice ? { id: ticket.id, notice } : { id: ticket.id })
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }
  const take = () => (itemId ? run(() => visitApi.take({ hallId, itemId }, key), true) : go(ROUTES.visitTake, { hallId }))
  const arriveHere = () => run(async () => {
    const { lng, lat, crs } = await getPosition()
    return visitApi.arrive({ appointmentId: booking!.id, lng, lat, crs }, `${key}:arrive`)
  })
  const arriveWithCode = () => run(() => visitApi.arrive({ appointmentId: booking!.id, kioskCode: code.trim() }, `${key}:code:${code.trim()}`))

  return (
    <Section title={t('visit.entry.title')}>
      <Card testId='visit-entry'>
        {live ? (
          <Button block onClick={() => go(ROUTES.ticket, { id: live.id })} testId='visit-mine'>{t('visit.entry.mine', { number: live.number })}</Button>
        ) : booking ? (
          <View>
            <Text className='visit-entry__hint'>{t('visit.entry.arriveHint', { time: local(booking.start).format('HH:mm') })}</Text>
            <Button block loading={busy} onClick={arriveHere} testId='visit-arrive'>{t('visit.entry.arrive')}</Button>
            <View className='visit-entry__code'>
              <Input className='visit-entry__input' type='number' maxlength={6} value={code} placeholder={t('visit.entry.kioskCode')} aria-label={t('visit.entry.kioskCode')} onInput={(e) => setCode(e.detail.value)} data-testid='visit-kiosk-code' />
              <Button size='small' variant='default' disabled={code.trim().length !== 6 || busy} onClick={arriveWithCode} testId='visit-kiosk-submit'>{t('visit.entry.kioskSubmit')}</Button>
            </View>
          </View>
        ) : plan.ticketing.open ? (
          <View>
            <Text className='visit-entry__hint'>{t('visit.entry.takeHint')}</Text>
            <UsualQueue hallId={hallId} />
            <Button block loading={busy} onClick={take} testId='visit-take'>{t('visit.entry.take')}</Button>
            {plan.ticketing.lastTicketAt ? <Text className='visit-entry__note'>{t('visit.entry.lastTicket', { time: plan.ticketing.lastTicketAt })}</Text> : null}
          </View>
        ) : (
          <Text className='visit-entry__hint' data-testid='visit-closed'>{ticketingText(plan, t)}</Text>
        )}
        {error ? <View className='visit-entry__error'><Banner tone='danger' icon='alert'>{messageOf(error)}</Banner></View> : null}
      </Card>
    </Section>
  )
}

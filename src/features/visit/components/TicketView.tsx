import '../visit.css'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Ticket } from '@/contract'
import { Banner, Button, EmptyState, ErrorState, Section, Skeleton, Tag } from '@/shared/ui'
import { ApiError, messageOf, useMutation, useResource } from '@/shared/api'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { visitApi } from '../api'
import { buzz, laneTag, levelText, windowsText } from '../format'
import { useLive } from '../useLive'
import { FloorPlan } from './FloorPlan'

const FINISHED: Ticket['status'][] = ['done', 'supplement', 'cancelled']

/** Called now, or called again (重呼): the moments the phone buzzes. */
export function isNewCall(previous: Ticket | undefined, next: Ticket): boolean {
  if (next.status !== 'called') return false
  return previous?.status !== 'called' || next.recalls > previous.recalls || previous.calledTo?.windowNo !== next.calledTo?.windowNo
}

const NOTICES = ['on', 'denied', 'unconfigured', 'failed'] as const

/** How the call reaches the resident: a service notice on weapp when allowed; otherwise (refused, not set up, H5) this screen. */
export function noticeText(notice: string | undefined, t: ReturnType<typeof useT>): string {
  const known = NOTICES.find((n) => n === notice)
  return known ? t(`visit.ticket.notice.${known}`) : t('visit.ticket.live')
}

/** The ticket screen: number, group, people ahead and wait while waiting; the window when called, live. */
export function TicketView({ ticketId, notice }: { ticketId: string; notice?: string }) {
  const t = useT()
  const live = useLive((version) => visitApi.ticket(ticketId, version), [ticketId], {
    onChange: (previous, next) => {
      // The first read of an already-called ticket buzzes too: the resident may have just opened the page.
      if (isNewCall(previous, next)) buzz(() => Taro.vibrateLong())
    },
    stop: (ticket) => FINISHED.includes(ticket.status),
  })
  if (live.error) {
    return live.error instanceof ApiError && live.error.status === 404
      ? <EmptyState icon='file' title={t('visit.ticket.notFound')} />
      : <ErrorState error={live.error} onRetry={live.reload} />
  }
  if (!live.data) return <Skeleton cards={2} rows={3} />
  return <TicketBody ticket={live.data} reconnecting={live.reconnecting} onUpdate={live.apply} notice={notice} />
}

function TicketBody({ ticket, reconnecting, onUpdate, notice }: { ticket: Ticket; reconnecting: boolean; onUpdate: (t: Ticket) => void; notice?: string }) {
  const t = useT()
  const plan = useResource(() => visitApi.plan(ticket.hallId), [ticket.hallId], { cacheKey: `visit:plan:${ticket.hallId}` })
  // rejoin and cancel are state changes a second time refuses (409): no key
  const action = useMutation((_key: string, send: () => Promise<Ticket>) => send(), { onSuccess: onUpdate })
  const act = (send: () => Promise<Ticket>) => action.run(send)
  const { busy, error } = action
  const called = ticket.status === 'called' && ticket.calledTo
  const lane = laneTag(ticket.lane, ticket.priority)
  const place = ticket.groupPlace
  return (
    <View data-testid='ticket' data-status={ticket.status}>
      {reconnecting ? <View className='visit-pad'><Banner tone='warning' icon='wifi-off'>{t('visit.ticket.reconnecting')}</Banner></View> : null}
      <View className={`visit-hero${called ? ' visit-hero--called' : ''}`}>
        <Text className='visit-hero__hall'>{ticket.hallName}</Text>
        <Text className='visit-hero__label'>{t('visit.ticket.number')}</Text>
        <Text className='visit-hero__number' data-testid='ticket-number'>{ticket.number}</Text>
        <View className='visit-hero__tags'>
          <Tag tone='neutral'>{ticket.groupName}</Tag>
          {lane ? <Tag tone='warning'>{lane}</Tag> : null}
        </View>
        <Text className='visit-hero__item'>{ticket.itemName}</Text>
      </View>
      {/* Screen readers announce what changes here: the call above all. */}
      <View className='visit-status' aria-live='assertive' role='status' data-testid='ticket-status'>
        {called && ticket.calledTo ? (
          <View className='visit-called' data-testid='ticket-called'>
            <Text className='visit-called__title'>{t('visit.ticket.calledTitle')}</Text>
            <Text className='visit-called__where' data-testid='ticket-called-where'>
              {t('visit.ticket.called', { level: levelText(ticket.calledTo.level), zone: ticket.calledTo.zone, window: ticket.calledTo.windowNo })}
            </Text>
            {ticket.recalls > 0 ? <Text className='visit-called__recall'>{t('visit.ticket.recalled', { count: ticket.recalls })}</Text> : null}
          </View>
        ) : null}
        {ticket.status === 'waiting' ? (
          <View className='visit-figures'>
            <View className='visit-figure'>
              <Text className='visit-figure__label'>{t('visit.ticket.ahead')}</Text>
              <Text className='visit-figure__value' data-testid='ticket-ahead'>{ticket.ahead}</Text>
              <Text className='visit-figure__unit'>{t('visit.ticket.people')}</Text>
            </View>
            <View className='visit-figure'>
              <Text className='visit-figure__label'>{t('visit.ticket.wait')}</Text>
              <Text className='visit-figure__value' data-testid='ticket-wait'>{t('visit.ticket.minutes', { count: ticket.estimatedWaitMinutes })}</Text>
            </View>
          </View>
        ) : null}
        {ticket.status === 'missed' ? <Text className='visit-state visit-state--danger'>{t('visit.ticket.missed')}</Text> : null}
        {ticket.status === 'done' ? <Text className='visit-state visit-state--success'>{t('visit.ticket.done')}</Text> : null}
        {ticket.status === 'cancelled' ? <Text className='visit-state'>{t('visit.ticket.cancelled')}</Text> : null}
        {ticket.status === 'supplement' ? (
          <View className='visit-state visit-state--warning'>
            <Text>{t('visit.ticket.supplement')}</Text>
            {(ticket.missing ?? []).map((m) => <Text key={m} className='visit-state__line'>{`· ${m}`}</Text>)}
          </View>
        ) : null}
      </View>
      {ticket.status === 'waiting' ? (
        <Text className='visit-where' data-testid='ticket-where'>
          {t('visit.ticket.where', { level: levelText(place.level), zone: place.zone, windows: windowsText(place.windows) })}
        </Text>
      ) : null}
      {ticket.documents?.length ? (
        <Text className='visit-where' data-testid='ticket-documents'>{t('visit.ticket.documents', { names: ticket.documents.map((d) => d.name).join(t('format.listSeparator')) })}</Text>
      ) : null}
      {error ? <View className='visit-pad'><Banner tone='danger' icon='alert'>{messageOf(error)}</Banner></View> : null}
      <View className='visit-actions'>
        {ticket.status === 'missed' && ticket.canRejoin ? <Button block loading={busy} onClick={() => act(() => visitApi.rejoin(ticket.id))} testId='ticket-rejoin'>{t('visit.ticket.rejoin')}</Button> : null}
        {ticket.status === 'missed' && !ticket.canRejoin ? <Text className='visit-where'>{t('visit.ticket.rejoinUsed')}</Text> : null}
        {ticket.caseId && ticket.status === 'done' ? <Button block onClick={() => go(ROUTES.caseDetail, { id: ticket.caseId })} testId='ticket-rate'>{t('visit.ticket.rate')}</Button> : null}
        {ticket.caseId && ticket.status === 'supplement' ? <Button block variant='default' onClick={() => go(ROUTES.caseDetail, { id: ticket.caseId })} testId='ticket-case'>{t('visit.ticket.viewCase')}</Button> : null}
        {ticket.status === 'waiting' ? <Button block variant='default' loading={busy} onClick={() => act(() => visitApi.cancel(ticket.id))} testId='ticket-cancel'>{t('visit.ticket.cancel')}</Button> : null}
      </View>
      {ticket.status === 'waiting' || ticket.status === 'called' ? <Text className='visit-hint' data-testid='ticket-notice'>{noticeText(notice, t)}</Text> : null}
      <Section title={t('visit.plan.title')}>
        {plan.data ? <FloorPlan plan={plan.data} highlight={ticket.calledTo?.windowNo ?? place.windows[0]} /> : plan.error ? <ErrorState error={plan.error} onRetry={plan.reload} /> : <Skeleton cards={1} rows={3} />}
      </Section>
    </View>
  )
}

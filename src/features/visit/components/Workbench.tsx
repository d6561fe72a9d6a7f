import '../visit.css'
import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ID_REVEAL_SECONDS, type ClerkOutcome, type SafeDocument, type CompleteRequest, type QueueEntry, type RevealIdResponse, type WindowQueue } from '@/contract'
import { Banner, Button, Card, EmptyState, ErrorState, Section, Skeleton, Tag } from '@/shared/ui'
import { messageOf, useMutation, useResource } from '@/shared/api'
import { nowMs, useNow } from '@/shared/time'
import { useSession } from '@/shared/session'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { visitApi } from '../api'
import { groupText, laneTag, levelText } from '../format'
import { useLive } from '../useLive'
import { DocumentLines } from '@/features/safe'

/** The clerk's window: who is being served, 叫下一位 / 重呼 / 过号 / 完成, the queue in serving order, today's figures. */
export function Workbench() {
  const t = useT()
  const role = useSession((s) => s.user?.role)
  if (role !== 'clerk') return <EmptyState icon='building' title={t('visit.window.notClerk')} action={t('visit.window.switchRole')} onAction={() => go(ROUTES.me)} />
  return <ClerkWindow />
}

function ClerkWindow() {
  const t = useT()
  const live = useLive((version) => visitApi.window(version), [])
  if (live.error) return <ErrorState error={live.error} onRetry={live.reload} />
  if (!live.data) return <Skeleton cards={3} rows={3} />
  return <WindowBody queue={live.data} reconnecting={live.reconnecting} onUpdate={live.apply} t={t} />
}

/** The revealed number and its countdown: the clock ticks only while it is on screen. */
function ShownId({ idNumber, hideAt, onHidden, t }: { idNumber: string; hideAt: number; onHidden: () => void; t: ReturnType<typeof useT> }) {
  const now = useNow(1000)
  // the ticking clock can be a tick behind the answer's arrival: never count more than the rule allows
  const secondsLeft = Math.min(ID_REVEAL_SECONDS, Math.ceil((hideAt - now) / 1000))
  useEffect(() => { if (secondsLeft <= 0) onHidden() }, [secondsLeft, onHidden])
  if (secondsLeft <= 0) return null
  return <Text className='visit-bench__id' data-testid='window-id-number' aria-live='polite'>{t('visit.window.idNumber', { number: idNumber, seconds: secondsLeft })}</Text>
}

/** 核对证件: the full ID number of the person served, for 30 s; each look is logged in their safe. */
function IdCheck({ t }: { t: ReturnType<typeof useT> }) {
  const [shown, setShown] = useState<{ idNumber: string; hideAt: number } | null>(null)
  // never longer on screen than the rule, whatever the clocks' skew: from the answer's arrival, or the server's end if sooner
  const reveal = useMutation(() => visitApi.revealId(), {
    onSuccess: (r: RevealIdResponse) => setShown({ idNumber: r.idNumber, hideAt: Math.min(Date.parse(r.visibleUntil), nowMs() + ID_REVEAL_SECONDS * 1000) }),
  })
  return (
    <View className='visit-bench__row'>
      {shown ? (
        <ShownId idNumber={shown.idNumber} hideAt={shown.hideAt} onHidden={() => setShown(null)} t={t} />
      ) : (
        <Button size='small' variant='plain' loading={reveal.busy} onClick={() => reveal.run()} testId='window-reveal-id'>{t('visit.window.revealId')}</Button>
      )}
      {reveal.error ? <Text className='visit-bench__meta'>{messageOf(reveal.error)}</Text> : null}
    </View>
  )
}

/** 收件码 at the window: the served resident's code is redeemed and its documents join the ticket, shown with their content. */
function SubmitCode({ documents, onUpdate, t }: { documents: SafeDocument[]; onUpdate: (q: WindowQueue) => void; t: ReturnType<typeof useT> }) {
  const [code, setCode] = useState('')
  const attach = useMutation(() => visitApi.attachCode(code.trim()), {
    onSuccess: (q: WindowQueue) => {
      setCode('')
      onUpdate(q)
    },
  })
  return (
    <View className='visit-bench__docs' data-testid='window-documents'>
      <Text className='visit-bench__docs-title'>{t('visit.window.docsTitle')}</Text>
      {documents.length ? documents.map((d) => (
        <View key={d.id} className='visit-bench__doc' data-testid='window-document'>
          <Text className='visit-bench__item'>{d.name}</Text>
          <View className='visit-bench__meta'><DocumentLines doc={d} validity /></View>
        </View>
      )) : <Text className='visit-bench__meta'>{t('visit.window.docsNone')}</Text>}
      <View className='visit-bench__row'>
        <Input
          className='visit-bench__code-input'
          value={code}
          maxlength={1024}
          placeholder={t('visit.window.codePlaceholder')}
          aria-label={t('visit.window.codePlaceholder')}
          onInput={(e) => setCode(e.detail.value)}
          onConfirm={() => (code.trim() ? attach.run() : undefined)}
          data-testid='window-code'
        />
        <Button size='small' disabled={!code.trim()} loading={attach.busy} onClick={() => attach.run()} testId='window-code-submit'>{t('visit.window.codeSubmit')}</Button>
      </View>
      {attach.error ? <Text className='visit-bench__error' role='alert'>{messageOf(attach.error)}</Text> : null}
    </View>
  )
}

function WindowBody({ queue, reconnecting, onUpdate, t }: { queue: WindowQueue; reconnecting: boolean; onUpdate: (q: WindowQueue) => void; t: ReturnType<typeof useT> }) {
  const [acting, setActing] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<ClerkOutcome | null>(null)
  const [missing, setMissing] = useState('')
  const [toWindow, setToWindow] = useState('')
  const plan = useResource(() => visitApi.plan(queue.hallId), [queue.hallId])
  const others = (plan.data?.floors ?? []).flatMap((f) => f.zones.flatMap((z) => z.windows.map((w) => w.no))).filter((no) => no !== queue.window.no)

  // call, recall, miss and complete move the window's queue on; a repeat is refused by its state, so no key
  const action = useMutation((_key: string, send: () => Promise<WindowQueue>) => send(), {
    onSuccess: (next) => {
      onUpdate(next)
      setOutcome(null)
      setMissing('')
      setToWindow('')
    },
  })
  const act = (name: string, send: () => Promise<WindowQueue>) => {
    setActing(name)
    action.run(send).finally(() => setActing(null))
  }
  const busy = action.busy ? acting : null
  const { error } = action
  const finish = () => {
    if (!outcome) return
    const body: CompleteRequest = { outcome }
    if (outcome === 'supplement') body.missing = missing.split('\n').map((m) => m.trim()).filter(Boolean)
    if (outcome === 'transfer') body.toWindow = toWindow
    act('complete', () => visitApi.complete(body))
  }
  const current = queue.current
  const canFinish = outcome === 'done' || (outcome === 'supplement' && missing.trim().length > 0) || (outcome === 'transfer' && !!toWindow)
  const tickets = queue.queue.filter((e) => e.kind === 'ticket').length

  return (
    <View data-testid='workbench'>
      {reconnecting ? <View className='visit-pad'><Banner tone='warning' icon='wifi-off'>{t('visit.ticket.reconnecting')}</Banner></View> : null}
      <View className='visit-bench__head'>
        <Text className='visit-bench__title' role='heading' aria-level={1}>{t('visit.window.title', { hall: queue.hallName, window: queue.window.no })}</Text>
        <Text className='visit-bench__place'>{t('visit.window.place', { level: levelText(queue.window.level), zone: queue.window.zone, groups: queue.window.groups.map(groupText).join(t('format.listSeparator')) })}</Text>
        <Text className='visit-bench__code'>{t('visit.window.kioskCode', { code: queue.kioskCode })}</Text>
      </View>
      <View className='visit-bench__figures' data-testid='window-figures'>
        <Figure label={t('visit.window.served')} value={queue.figures.served} />
        <Figure label={t('visit.window.avgWait')} value={queue.figures.averageWaitMinutes} />
        <Figure label={t('visit.window.avgService')} value={queue.figures.averageServiceMinutes} />
      </View>
      {error ? <View className='visit-pad'><Banner tone='danger' icon='alert'>{messageOf(error)}</Banner></View> : null}
      <Section title={t('visit.window.current')}>
        <Card testId='window-current'>
          {current ? (
            <View aria-live='polite'>
              <View className='visit-bench__current'>
                <Text className='visit-bench__number' data-testid='window-current-number'>{current.label}</Text>
                <View className='visit-bench__who'>
                  <Text className='visit-bench__item'>{current.itemName}</Text>
                  {current.situationName ? <Text className='visit-bench__meta' data-testid='window-current-situation'>{t('visit.window.situation', { name: current.situationName })}</Text> : null}
                  <Text className='visit-bench__meta'>{`${current.holder} · ${t('visit.window.waited', { count: current.waitedMinutes ?? 0 })}`}</Text>
                  {current.recalls > 0 ? <Text className='visit-bench__meta'>{t('visit.ticket.recalled', { count: current.recalls })}</Text> : null}
                </View>
              </View>
              {current.kind === 'ticket' ? <IdCheck key={current.id} t={t} /> : null}
              {current.kind === 'ticket' ? <SubmitCode key={`docs-${current.id}`} documents={current.documents} onUpdate={onUpdate} t={t} /> : null}
              <View className='visit-bench__row'>
                <Button variant='default' loading={busy === 'recall'} onClick={() => act('recall', visitApi.recall)} testId='window-recall'>{t('visit.window.recall')}</Button>
                <Button variant='danger' loading={busy === 'miss'} onClick={() => act('miss', visitApi.miss)} testId='window-miss'>{t('visit.window.miss')}</Button>
              </View>
              <View className='visit-bench__row'>
                {(['done', 'supplement', 'transfer'] as const).map((o) => (
                  <Button key={o} size='small' variant={outcome === o ? 'primary' : 'plain'} onClick={() => setOutcome(o)} testId={`window-outcome-${o}`}>{t(`visit.window.${o}`)}</Button>
                ))}
              </View>
              {outcome === 'supplement' ? (
                <Textarea className='visit-bench__missing' value={missing} placeholder={t('visit.window.missing')} aria-label={t('visit.window.missing')} onInput={(e) => setMissing(e.detail.value)} data-testid='window-missing' />
              ) : null}
              {outcome === 'transfer' ? (
                <Picker mode='selector' range={others} onChange={(e) => setToWindow(others[Number(e.detail.value)])}>
                  <View className='visit-bench__picker' data-testid='window-to'>{toWindow || t('visit.window.toWindow')}</View>
                </Picker>
              ) : null}
              {outcome ? <Button block disabled={!canFinish} loading={busy === 'complete'} onClick={finish} testId='window-complete'>{t('visit.window.confirm')}</Button> : null}
            </View>
          ) : (
            <View>
              <Text className='visit-bench__idle'>{t('visit.window.none')}</Text>
              <Button block disabled={!tickets} loading={busy === 'next'} onClick={() => act('next', visitApi.callNext)} testId='window-call-next'>{t('visit.window.callNext')}</Button>
            </View>
          )}
        </Card>
      </Section>
      <Section title={t('visit.window.queue', { count: tickets })}>
        {queue.queue.length ? (
          <View className='visit-bench__queue' data-testid='window-queue'>
            {queue.queue.map((e) => <QueueRow key={e.id} entry={e} t={t} />)}
          </View>
        ) : (
          <EmptyState icon='people' title={t('visit.window.queueEmpty')} />
        )}
      </Section>
    </View>
  )
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <View className='visit-bench__figure'>
      <Text className='visit-bench__figure-value'>{value}</Text>
      <Text className='visit-bench__figure-label'>{label}</Text>
    </View>
  )
}

function QueueRow({ entry, t }: { entry: QueueEntry; t: ReturnType<typeof useT> }) {
  const lane = laneTag(entry.lane, entry.priority)
  return (
    <View className='visit-bench__entry' data-testid={`queue-${entry.kind}`}>
      <Text className='visit-bench__entry-label'>{entry.kind === 'ticket' ? entry.label : t('visit.window.appointment', { time: entry.label })}</Text>
      <View className='visit-bench__entry-body'>
        <Text className='visit-bench__item'>{entry.itemName}</Text>
        {entry.situationName ? <Text className='visit-bench__meta' data-testid='queue-situation'>{t('visit.window.situation', { name: entry.situationName })}</Text> : null}
        <Text className='visit-bench__meta'>{entry.kind === 'ticket' ? `${entry.holder} · ${t('visit.window.waited', { count: entry.waitedMinutes ?? 0 })}` : entry.holder}</Text>
      </View>
      {lane ? <Tag tone={entry.priority ? 'warning' : 'primary'}>{lane}</Tag> : null}
    </View>
  )
}

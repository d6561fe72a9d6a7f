import '../approvals.css'
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { InstantCheck, InstantDecision, RuleResult, RuleVerdict } from '@/contract'
import { Button, Card, ErrorState, Icon, QrCode, Section, colors, type IconName } from '@/shared/ui'
import { useT } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { elapsedSince } from '@/shared/time'

/** The whole checking animation stays under this, however many rules an item has. */
export const CHECKING_BUDGET_MS = 560
const MAX_TICK_MS = 110

export function tickMs(count: number): number {
  return Math.min(MAX_TICK_MS, Math.floor(CHECKING_BUDGET_MS / Math.max(1, count)))
}

const VERDICT: Record<RuleVerdict, { icon: IconName; color: string }> = {
  pass: { icon: 'check', color: colors.success },
  fail: { icon: 'close', color: colors.danger },
  unknown: { icon: 'alert', color: colors.warning },
}

function CheckRow({ label, source, state }: { label: string; source: string; state: RuleVerdict | 'checking' | 'waiting' }) {
  const t = useT()
  const mark = state === 'checking' || state === 'waiting' ? undefined : VERDICT[state]
  return (
    <View className={`approvals-check approvals-check--${state}`} data-testid='check-row' data-state={state}>
      <View className='approvals-check__mark'>
        {mark ? <Icon name={mark.icon} color={mark.color} size={18} /> : state === 'checking' ? <View className='approvals-spinner' aria-label={t('approvals.decision.checking')} /> : <View className='approvals-check__dot' />}
      </View>
      <View className='approvals-check__body'>
        <Text className='approvals-check__label'>{label}</Text>
        <Text className='approvals-check__source'>{source}</Text>
      </View>
    </View>
  )
}

function Reasons({ reasons, tone }: { reasons: RuleResult[]; tone: 'danger' | 'warning' }) {
  const t = useT()
  return (
    <View data-testid='decision-reasons'>
      {reasons.map((r) => (
        <Card key={r.ruleId} className={`approvals-reason approvals-reason--${tone}`}>
          <Text className='approvals-reason__label'>{r.label}</Text>
          <View className='approvals-reason__message'>{r.message}</View>
          {r.remedy && (
            <View className='approvals-reason__remedy'>
              <Text className='approvals-reason__what'>{t('approvals.decision.whatToDo')}</Text>
              <Text>{r.remedy}</Text>
            </View>
          )}
          <View className='ui-muted'>{t('approvals.decision.source', { source: r.source })}</View>
        </Card>
      ))}
    </View>
  )
}

function Outcome({ result, elapsedMs, onEdit }: { result: InstantDecision; elapsedMs: number; onEdit: () => void }) {
  const t = useT()
  const seconds = (elapsedMs / 1000).toFixed(1)
  const head = {
    approved: { icon: 'check' as IconName, tone: 'success', title: t('approvals.decision.approved'), hint: t('approvals.decision.approvedHint', { seconds }) },
    rejected: { icon: 'close' as IconName, tone: 'danger', title: t('approvals.decision.rejected'), hint: t('approvals.decision.rejectedHint', { count: result.reasons.length }) },
    manual: { icon: 'people' as IconName, tone: 'warning', title: t('approvals.decision.manual'), hint: t('approvals.decision.manualHint') },
  }[result.decision]
  return (
    <View data-testid='decision-outcome' data-decision={result.decision} data-elapsed-ms={Math.round(elapsedMs)}>
      <View className={`approvals-outcome approvals-outcome--${head.tone}`} role='status'>
        <View className='approvals-outcome__icon'><Icon name={head.icon} color={colors.white} size={32} /></View>
        <Text className='approvals-outcome__title' role='heading' aria-level={1}>{head.title}</Text>
        <Text className='approvals-outcome__hint'>{head.hint}</Text>
        <Text className='approvals-outcome__case'>{t('approvals.decision.caseNumber', { number: result.caseNumber })}</Text>
      </View>
      {result.decision === 'approved' && result.certificateId && (
        <Section title={t('approvals.decision.certificate')}>
          <Card className='approvals-cert' testId='decision-certificate'>
            <View className='approvals-cert__qr'>
              <QrCode value={`PYCERT:${result.certificateId}`} size={168} label={t('approvals.certificate.qrLabel')} testId='certificate-qr' />
            </View>
            <View className='approvals-cert__number'>{t('approvals.certificate.number', { number: result.certificateId.split('-')[0] })}</View>
            <View className='ui-muted approvals-center'>{t('approvals.decision.inSafe')}</View>
          </Card>
          <View className='approvals-actions'>
            <Button block onClick={() => go(ROUTES.certificate, { id: result.certificateId })} testId='open-certificate'>{t('approvals.decision.viewCertificate')}</Button>
            <Button block variant='default' onClick={() => go(ROUTES.safe)}>{t('approvals.decision.openSafe')}</Button>
          </View>
        </Section>
      )}
      {result.decision !== 'approved' && (
        <Section title={result.decision === 'rejected' ? t('approvals.decision.whyRejected') : t('approvals.decision.whyManual')}>
          <Reasons reasons={result.reasons} tone={result.decision === 'rejected' ? 'danger' : 'warning'} />
        </Section>
      )}
      <View className='approvals-actions approvals-actions--bottom'>
        {result.decision === 'rejected' && <Button block onClick={onEdit} testId='edit-again'>{t('approvals.decision.editAgain')}</Button>}
        <Button block variant={result.decision === 'manual' ? 'primary' : 'default'} onClick={() => go(ROUTES.caseDetail, { id: result.caseId })} testId='open-case'>{t('approvals.decision.viewCase')}</Button>
        {result.decision === 'rejected' && <Button block variant='plain' onClick={() => go(ROUTES.feedback, { caseId: result.caseId })}>{t('approvals.decision.cannotDo')}</Button>}
      </View>
    </View>
  )
}

/**
 * The decision: the rules ticked one by one (a short animation, under a
 * second, never a blank wait), then approved with the certificate,
 * rejected with every failed rule explained, or routed to a person.
 */
export function DecisionScreen({ checks, result, error, startedAt, onRetry, onEdit }: { checks: InstantCheck[]; result?: InstantDecision; error?: unknown; startedAt: number; onRetry: () => void; onEdit: () => void }) {
  const t = useT()
  const rows = result?.checks ?? checks.map((c) => ({ ruleId: c.id, label: c.label, source: c.source, verdict: undefined as RuleVerdict | undefined }))
  const [ticked, setTicked] = useState(0)
  const shownAt = useRef<number | null>(null)
  useEffect(() => {
    if (ticked >= rows.length) return
    const timer = setTimeout(() => setTicked((n) => n + 1), tickMs(rows.length))
    return () => clearTimeout(timer)
  }, [ticked, rows.length])
  const done = !!result && ticked >= rows.length
  if (done && shownAt.current === null) shownAt.current = elapsedSince(startedAt)
  if (error) return <ErrorState error={error} onRetry={onRetry} />
  return (
    <View data-testid='decision-screen'>
      {!done && (
        <View className='approvals-checking' role='status' aria-live='polite'>
          <View className='approvals-checking__pulse'><Icon name='shield' color={colors.white} size={28} /></View>
          <Text className='approvals-checking__title'>{t('approvals.decision.checkingTitle')}</Text>
          <Text className='ui-muted'>{t('approvals.decision.checkingHint', { done: Math.min(ticked, rows.length), total: rows.length })}</Text>
        </View>
      )}
      {done && result && <Outcome result={result} elapsedMs={shownAt.current ?? elapsedSince(startedAt)} onEdit={onEdit} />}
      <Section title={t('approvals.decision.rules')}>
        <View className='approvals-checks'>
          {rows.map((row, i) => (
            <CheckRow key={row.ruleId} label={row.label} source={row.source} state={i < ticked ? row.verdict ?? 'checking' : i === ticked ? 'checking' : 'waiting'} />
          ))}
        </View>
      </Section>
    </View>
  )
}

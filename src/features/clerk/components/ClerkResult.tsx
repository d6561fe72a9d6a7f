import '../clerk.css'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CheckInResponse, PickupResponse, ReceivedResponse, RedeemResponse } from '@/contract'
import { Button, Card, Cell, EmptyState, Icon, List, Section, colors } from '@/shared/ui'
import { messageOf, useMutation } from '@/shared/api'
import { useT } from '../strings'
import { local } from '@/shared/time'
import { DocumentLines } from '@/features/safe'
import { clerkApi } from '../api'
import type { Outcome } from '../outcome'

function Holder({ result }: { result: RedeemResponse }) {
  const t = useT()
  const { holder } = result
  return (
    <Card testId='clerk-holder'>
      <View className='clerk-holder'>
        <Icon name={holder.companyName ? 'building' : 'user'} color={colors.primary} size={36} />
        <View style={{ marginLeft: '12px', flex: 1 }}>
          <Text className='clerk-holder__name'>{holder.name}</Text>
          {holder.idNumberMasked && <View className='clerk-holder__line'>{t('safe.clerk.idNumber')} {holder.idNumberMasked}</View>}
          {holder.companyName && <View className='clerk-holder__line'>{t('safe.clerk.company')} {holder.companyName} · {holder.creditCode}</View>}
          {result.caseNumber && <View className='clerk-holder__line'>{t('safe.clerk.case')} {result.caseNumber} · {result.caseTitle}</View>}
        </View>
      </View>
    </Card>
  )
}

function Done({ children }: { children: string }) {
  return (
    <View className='clerk-done' role='status' data-testid='clerk-done'>
      <Icon name='check' color={colors.success} size={20} />
      <Text style={{ marginLeft: '8px' }}>{children}</Text>
    </View>
  )
}

function Redeemed({ result, code }: { result: RedeemResponse; code: string }) {
  const t = useT()
  const [received, setReceived] = useState<ReceivedResponse | null>(null)
  const [handedOver, setHandedOver] = useState<PickupResponse | null>(null)
  // No key needed: receiving again answers as the first time did, and a second hand-over is refused (已领取).
  const acting = useMutation(async () => {
    if (result.purpose === 'pickup' && result.caseId) setHandedOver(await clerkApi.pickup(result.caseId, code))
    else if (result.redemptionId) setReceived(await clerkApi.received(result.redemptionId))
  })
  const act = () => acting.run()
  const { busy, error } = acting
  const done = received || handedOver
  return (
    <View data-testid='clerk-result'>
      <Section title={t('safe.clerk.holder')}>
        <Holder result={result} />
      </Section>
      <Section title={t('safe.clerk.documents', { count: result.documents.length })}>
        {result.documents.length ? (
          <List>
            {result.documents.map((d) => (
              <Cell key={d.id} icon={d.kind === 'licence' ? 'id-card' : 'file'} title={d.name} desc={<DocumentLines doc={d} validity />} testId='clerk-document' />
            ))}
          </List>
        ) : <EmptyState icon='file' title={t('safe.clerk.noDocuments')} />}
      </Section>
      {received && <Done>{`${t('safe.clerk.receivedAt', { time: local(received.receivedAt).format('HH:mm') })}${received.caseNumber ? ` · ${t('safe.clerk.recordedOnCase', { number: received.caseNumber })}` : ''}`}</Done>}
      {handedOver && <Done>{t('safe.clerk.handedOver', { number: handedOver.caseNumber })}</Done>}
      {error ? <View className='clerk-refusal' role='alert'><Text className='clerk-refusal__text'>{messageOf(error)}</Text></View> : null}
      {!done && (
        <View className='clerk-actions'>
          <Button block loading={busy} onClick={act} testId='clerk-confirm'>{result.purpose === 'pickup' ? t('safe.clerk.handOver') : t('safe.clerk.receive')}</Button>
        </View>
      )}
    </View>
  )
}

function CheckedIn({ result }: { result: CheckInResponse }) {
  const t = useT()
  return (
    <Section>
      <Card testId='clerk-checkin'>
        <View className='clerk-queue'>
          <Icon name='check' color={colors.success} size={32} />
          <Text style={{ fontSize: 'var(--fs-title)', fontWeight: 600, marginTop: '8px' }}>{t('safe.clerk.checkIn')}</Text>
          <Text className='ui-muted' style={{ marginTop: '12px' }}>{t('safe.clerk.queueNumber')}</Text>
          <Text className='clerk-queue__number'>{result.queueNumber}</Text>
          <Text className='ui-muted'>{t('safe.clerk.ahead', { count: result.ahead })}</Text>
        </View>
      </Card>
    </Section>
  )
}

/** What one scan gave the counter: the holder and the scoped documents, a hand-over, or a check-in. */
export function ClerkResult({ outcome, onNext }: { outcome: Outcome | null; onNext: () => void }) {
  const t = useT()
  if (!outcome) return <EmptyState icon='scan' title={t('safe.clerk.noResult')} hint={t('safe.clerk.noResultHint')} action={t('safe.clerk.next')} onAction={onNext} />
  return (
    <View>
      {outcome.kind === 'check-in' ? <CheckedIn result={outcome.result} /> : <Redeemed result={outcome.result} code={outcome.code} />}
      <View className='clerk-actions'>
        <Button block variant='default' onClick={onNext} testId='clerk-next'>{t('safe.clerk.next')}</Button>
      </View>
    </View>
  )
}

import '../safe.entry.css'
import '../safe.css'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { AccessLogEntry, SafeCodeSummary } from '@/contract'
import { Button, Cell, EmptyState, List, LoadState, Section, Skeleton, Tag, type Tone } from '@/shared/ui'
import { messageOf, useMutation, useResource } from '@/shared/api'
import { useT, type StringKey } from '../strings'
import { go, ROUTES } from '@/shared/routes'
import { formatDateTime } from '@/shared/time'
import { safeApi } from '../api'

const STATE_TONE: Record<SafeCodeSummary['state'], Tone> = { active: 'success', used: 'neutral', revoked: 'danger', expired: 'neutral' }

function LiveCodes() {
  const t = useT()
  const codes = useResource(() => safeApi.codes(), [], { tags: ['safe-codes'] })
  const [revoking, setRevoking] = useState<string | null>(null)
  // revoking twice leaves the code revoked: no key
  const revocation = useMutation((_key: string, id: string) => safeApi.revoke(id), {
    invalidates: ['safe-codes'],
    onError: (e) => Taro.showToast({ title: messageOf(e), icon: 'none' }),
  })
  const revoke = (id: string) => {
    setRevoking(id)
    revocation.run(id).finally(() => setRevoking(null))
  }
  return (
    <Section title={t('safe.log.codes')}>
      <LoadState resource={codes} skeleton={<Skeleton cards={1} rows={2} />} isEmpty={(d) => d.items.length === 0} empty={<EmptyState icon='qr' title={t('safe.log.noCodes')} action={t('safe.action.showCode')} onAction={() => go(ROUTES.safeCode)} />}>
        {(data) => (
          <List>
            {data.items.map((c) => (
              <Cell
                key={c.id}
                icon='qr'
                testId='live-code'
                title={<View className='ui-row'><Text style={{ marginRight: '8px' }}>{t(`safe.purpose.${c.purpose}` as StringKey)}</Text><Tag tone={STATE_TONE[c.state]}>{t(`safe.state.${c.state}` as StringKey)}</Tag></View>}
                desc={`${c.documents.map((d) => d.name).join(t('format.listSeparator'))} · ${formatDateTime(c.createdAt)}`}
                extra={c.state === 'active' ? <Button size='small' variant='danger' loading={revocation.busy && revoking === c.id} onClick={() => revoke(c.id)} testId='revoke-code'>{t('safe.code.revoke')}</Button> : undefined}
              />
            ))}
          </List>
        )}
      </LoadState>
    </Section>
  )
}

function EntryRow({ entry }: { entry: AccessLogEntry }) {
  const t = useT()
  return (
    <View className='ui-cell' data-testid='access-entry'>
      <View className='ui-cell__body'>
        <View className='ui-row'>
          <Text className='ui-cell__title' style={{ flex: 1 }}>{entry.hallName}</Text>
          {entry.purpose === 'id-check' ? <Tag tone='warning'>{t('safe.log.idCheck')}</Tag> : entry.purpose === 'assist-callback' ? <Tag tone='warning'>{t('safe.log.assistCallback')}</Tag> : entry.purpose === 'pickup' ? <Tag tone='success'>{t('safe.log.pickup')}</Tag> : entry.receivedAt ? <Tag tone='success'>{t('safe.log.received')}</Tag> : <Tag tone='primary'>{t('safe.purpose.submit')}</Tag>}
        </View>
        <View className='safe-log__meta'>{t('safe.log.by', { time: formatDateTime(entry.at), window: entry.windowNo ?? '-', clerk: entry.clerkNameMasked })}</View>
        <View className='safe-log__docs'>{entry.documents.map((d) => d.name).join(t('format.listSeparator')) || '-'}</View>
        {entry.purpose === 'assist-callback' && <View className='safe-log__meta' data-testid='access-reason'>{t('safe.log.assistReason')}</View>}
        {entry.caseNumber && <View className='safe-log__meta'>{t('safe.log.case', { number: entry.caseNumber })}</View>}
      </View>
    </View>
  )
}

/** Who redeemed which of my codes, for which documents, where and when; and my live codes to revoke. */
export function AccessLog() {
  const t = useT()
  const log = useResource(() => safeApi.accessLog(), [], { tags: ['safe-codes'] })
  return (
    <View data-testid='access-log'>
      <LiveCodes />
      <Section title={t('safe.log.history')}>
        <LoadState resource={log} isEmpty={(d) => d.items.length === 0} empty={<EmptyState icon='eye' title={t('safe.log.empty')} hint={t('safe.log.emptyHint')} />}>
          {(data) => <List>{data.items.map((e) => <EntryRow key={e.id} entry={e} />)}</List>}
        </LoadState>
      </Section>
    </View>
  )
}

import '../clerk.css'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { MailCase } from '@/contract'
import { normaliseWaybill, WAYBILL_PROBLEM } from '@/contract'
import { Button, Card, EmptyState, Field, LoadState, Section, Tag } from '@/shared/ui'
import { ApiError, messageOf, useMutation, useResource } from '@/shared/api'
import { useSession } from '@/shared/session'
import { useT } from '../strings'
import { clerkApi } from '../api'
import { scanOnce } from '../Scanner'
import { ClerkOnly } from './ScanDesk'

function Parcel({ item }: { item: MailCase }) {
  const t = useT()
  const [waybill, setWaybill] = useState('')
  const [error, setError] = useState('')
  const send = useMutation((_key: string, number: string) => clerkApi.dispatch(item.caseId, number), {
    invalidates: ['clerk-mail'],
    onSuccess: (c) => { Taro.showToast({ title: t('clerk.mail.sent', { number: c.number }), icon: 'none' }) },
    onError: (e) => setError(e instanceof ApiError && e.fields ? Object.values(e.fields)[0] : messageOf(e)),
  })
  const submit = (raw = waybill) => {
    const number = normaliseWaybill(raw)
    if (!number) { setError(WAYBILL_PROBLEM); return }
    send.run(number)
  }
  const scan = async () => {
    try {
      const text = await scanOnce({ cancel: t('safe.clerk.cameraStop') })
      if (text) { setWaybill(text); setError(''); submit(text) }
    } catch (e) {
      setError(messageOf(e))
    }
  }
  return (
    <Card className='clerk-feedback' testId='clerk-mail-item'>
      <View className='clerk-feedback__head'>
        <Text className='ui-muted'>{item.caseNumber}</Text>
        {item.ready ? <Tag tone='success'>{t('clerk.mail.ready')}</Tag> : <Tag tone='neutral'>{t('clerk.mail.notReady')}</Tag>}
      </View>
      <Text className='clerk-feedback__text'>{item.title}</Text>
      <View className='ui-muted'>{item.delivery.recipient} {item.delivery.phoneMasked}</View>
      <View className='ui-muted'>{item.delivery.addressLine}</View>
      {item.ready && (
        <View>
          <Field label={t('clerk.mail.waybill')} required>
            <Input className='ui-field__input' value={waybill} maxlength={20} placeholder={t('clerk.mail.placeholder')} aria-label={t('clerk.mail.placeholder')} data-testid='clerk-waybill' onInput={(e) => { setWaybill(e.detail.value); setError('') }} />
          </Field>
          {error && <View className='ui-field__error' role='alert' data-testid='clerk-waybill-error'>{error}</View>}
          <View className='ui-row' style={{ gap: '8px', marginTop: '8px' }}>
            <Button size='small' variant='default' onClick={scan} testId='clerk-waybill-scan'>{t('clerk.mail.scan')}</Button>
            <Button size='small' loading={send.busy} onClick={() => submit()} testId='clerk-dispatch'>{t('clerk.mail.send')}</Button>
          </View>
        </View>
      )}
    </Card>
  )
}

/** The handover step for results going by post (政务专递): enter or scan the EMS waybill, and the case says 已寄出. */
export function DispatchDesk() {
  const t = useT()
  const user = useSession((s) => s.user)
  const list = useResource(() => clerkApi.mailQueue(), [user?.id], { enabled: user?.role === 'clerk', tags: ['clerk-mail'] })
  if (user?.role !== 'clerk') return <ClerkOnly />
  return (
    <Section title={t('clerk.mail.title')}>
      <LoadState resource={list} isEmpty={(d) => d.items.length === 0} empty={<EmptyState icon='car' title={t('clerk.mail.empty')} hint={t('clerk.mail.emptyHint')} />}>
        {(data) => (
          <View data-testid='clerk-mail-list'>
            {data.items.map((item) => <Parcel key={item.caseId} item={item} />)}
          </View>
        )}
      </LoadState>
    </Section>
  )
}

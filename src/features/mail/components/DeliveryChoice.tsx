import '../mail.css'
import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import type { DeliveryMethod } from '@/contract'
import { addressLine } from '@/contract'
import { LoadState, Section } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useSession } from '@/shared/session'
import { go, ROUTES } from '@/shared/routes'
import { useT } from '../strings'
import { mailApi } from '../api'

/** What a form keeps while choosing: the address may still be missing. */
export interface DeliveryDraft {
  method: DeliveryMethod
  addressId?: string
}

function Option({ on, title, hint, onPick, testId }: { on: boolean; title: string; hint?: string; onPick: () => void; testId: string }) {
  return (
    <View className={`mail-option ${on ? 'mail-option--on' : ''}`} role='radio' aria-checked={on} onClick={onPick} data-testid={testId}>
      <View className='mail-option__dot' />
      <View className='mail-option__body'>
        <Text className='mail-option__title'>{title}</Text>
        {hint && <View className='mail-option__hint'>{hint}</View>}
      </View>
    </View>
  )
}

/**
 * 窗口领取 or 邮寄到家 for a paper result: by post, one of the address book's addresses (the default
 * picked at first), with a link to add one; the list reloads when an address is added.
 */
/** `error`: the server's sentence, or true for 请选择收件地址. */
export function DeliveryChoice({ value, onChange, error }: { value: DeliveryDraft; onChange: (next: DeliveryDraft) => void; error?: string | true }) {
  const t = useT()
  const userId = useSession((s) => s.user?.id)
  const post = value.method === 'post'
  const list = useResource(() => mailApi.addresses(), [userId], { enabled: !!userId && post, tags: ['addresses'] })
  const fallback = list.data?.items.find((a) => a.isDefault)?.id
  const chosenGone = !!value.addressId && !!list.data && !list.data.items.some((a) => a.id === value.addressId)
  useEffect(() => {
    if (post && fallback && (!value.addressId || chosenGone)) onChange({ method: 'post', addressId: fallback })
  }, [post, fallback, value.addressId, chosenGone, onChange])
  return (
    <Section title={t('mail.delivery.title')}>
      <View role='radiogroup' data-testid='delivery-choice'>
        <Option on={!post} title={t('mail.delivery.window')} hint={t('mail.delivery.windowHint')} onPick={() => onChange({ method: 'window' })} testId='delivery-window' />
        <Option on={post} title={t('mail.delivery.post')} hint={t('mail.delivery.postHint')} onPick={() => onChange({ method: 'post', addressId: value.addressId })} testId='delivery-post' />
      </View>
      {post && (
        <View data-testid='delivery-addresses'>
          <View className='ui-muted'>{t('mail.delivery.pickAddress')}</View>
          <LoadState resource={list} isEmpty={(d) => d.items.length === 0} empty={<View className='ui-muted' data-testid='delivery-no-address'>{t('mail.delivery.noAddress')}</View>}>
            {(data) => (
              <View role='radiogroup'>
                {data.items.map((a) => (
                  <Option key={a.id} on={a.id === value.addressId} title={`${a.recipient} ${a.phoneMasked}`} hint={addressLine(a)} onPick={() => onChange({ method: 'post', addressId: a.id })} testId='delivery-address' />
                ))}
              </View>
            )}
          </LoadState>
          <Text className='mail-link' role='link' onClick={() => go(ROUTES.addressEdit)} data-testid='delivery-add-address'>{t('mail.delivery.addAddress')}</Text>
          {error && <View className='ui-field__error' role='alert' data-testid='delivery-error'>{error === true ? t('mail.delivery.needAddress') : error}</View>}
        </View>
      )}
    </Section>
  )
}

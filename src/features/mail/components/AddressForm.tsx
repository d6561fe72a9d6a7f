import '../mail.css'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Address, AddressProblem } from '@/contract'
import { addressProblems, RECIPIENT_MAX, REGIONS, STREET_MAX } from '@/contract'
import { ApiError, messageOf, useMutation, useResource } from '@/shared/api'
import { Banner, Button, EmptyState, Field, LoadState, Section, Skeleton } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { go, ROUTES } from '@/shared/routes'
import { useT } from '../strings'
import { mailApi } from '../api'
import { addressDraftKey, useAddressDrafts, type AddressDraft } from '../draft'

const EMPTY: AddressDraft = { province: '广东省', city: '广州市', district: '', street: '', recipient: '', phone: '', isDefault: false }

function Chips({ options, value, onPick, testId }: { options: string[]; value: string; onPick: (v: string) => void; testId: string }) {
  return (
    <View className='mail-chips' role='radiogroup' data-testid={testId}>
      {options.map((o) => (
        <Text key={o} className={`mail-chip ${o === value ? 'mail-chip--on' : ''}`} role='radio' aria-checked={o === value} onClick={() => onPick(o)}>{o}</Text>
      ))}
    </View>
  )
}

function Form({ existing, userId }: { existing?: Address; userId: string }) {
  const t = useT()
  const key = addressDraftKey(userId, existing?.id)
  const stored = useAddressDrafts((s) => s.drafts[key])
  const save = useAddressDrafts((s) => s.save)
  const discard = useAddressDrafts((s) => s.discard)
  const initial: AddressDraft = existing
    ? { province: existing.province, city: existing.city, district: existing.district, street: existing.street, recipient: existing.recipient, phone: existing.phoneMasked, isDefault: existing.isDefault }
    : EMPTY
  const values = stored ?? initial
  const [touched, setTouched] = useState<Partial<Record<AddressProblem, boolean>>>({})
  const [attempted, setAttempted] = useState(false)
  const [server, setServer] = useState<Record<string, string>>({})
  const set = (patch: Partial<AddressDraft>) => {
    save(key, { ...values, ...patch })
    setServer({})
  }
  const keptPhone = !!existing && values.phone === existing.phoneMasked
  const problems: Record<string, string> = { ...addressProblems(values, keptPhone), ...server }
  const shown = (field: AddressProblem) => (attempted || touched[field] || server[field] ? problems[field] : undefined)
  const mutation = useMutation((idempotencyKey: string) => {
    const body = { ...values, street: values.street.trim(), recipient: values.recipient.trim() }
    return existing ? mailApi.update(existing.id, body) : mailApi.add(body, idempotencyKey)
  }, {
    invalidates: ['addresses'],
    onSuccess: () => {
      discard(key)
      Taro.showToast({ title: t('mail.form.saved'), icon: 'success' })
      Taro.navigateBack().catch(() => go(ROUTES.addresses))
    },
    onError: (e) => { if (e instanceof ApiError && e.fields) setServer(e.fields) },
  })
  const submit = () => {
    setAttempted(true)
    if (Object.keys(problems).length) return
    mutation.run()
  }
  const cities = Object.keys(REGIONS[values.province] ?? {})
  const districts = REGIONS[values.province]?.[values.city] ?? []
  const count = Object.keys(problems).length
  return (
    <View data-testid='address-form'>
      <Banner icon='check'>{t('mail.form.draftKept')}</Banner>
      {mutation.error && !(mutation.error instanceof ApiError && mutation.error.fields) && <Banner tone='danger' icon='alert'>{messageOf(mutation.error)}</Banner>}
      <Section title={t(existing ? 'mail.form.titleEdit' : 'mail.form.titleNew')}>
        <View className='ui-list'>
          <Field label={t('mail.form.province')} required error={shown('province')}>
            <Chips options={Object.keys(REGIONS)} value={values.province} onPick={(province) => set({ province, city: '', district: '' })} testId='address-province' />
          </Field>
          {cities.length > 0 && (
            <Field label={t('mail.form.city')} required error={shown('city')}>
              <Chips options={cities} value={values.city} onPick={(city) => set({ city, district: '' })} testId='address-city' />
            </Field>
          )}
          {districts.length > 0 && (
            <Field label={t('mail.form.district')} required error={shown('district')}>
              <Chips options={districts} value={values.district} onPick={(district) => { set({ district }); setTouched((s) => ({ ...s, district: true })) }} testId='address-district' />
            </Field>
          )}
          <Field label={t('mail.form.street')} required error={shown('street')}>
            <Input className='ui-field__input' value={values.street} maxlength={STREET_MAX} placeholder={t('mail.form.streetPlaceholder')} aria-label={t('mail.form.street')} data-testid='address-street' onInput={(e) => set({ street: e.detail.value })} onBlur={() => setTouched((s) => ({ ...s, street: true }))} />
          </Field>
          <Field label={t('mail.form.recipient')} required error={shown('recipient')}>
            <Input className='ui-field__input' value={values.recipient} maxlength={RECIPIENT_MAX} placeholder={t('mail.form.recipientPlaceholder')} aria-label={t('mail.form.recipient')} data-testid='address-recipient' onInput={(e) => set({ recipient: e.detail.value })} onBlur={() => setTouched((s) => ({ ...s, recipient: true }))} />
          </Field>
          <Field label={t('mail.form.phone')} required error={shown('phone')} hint={keptPhone ? t('mail.form.phoneKept', { phone: values.phone }) : undefined}>
            <Input className='ui-field__input' type='number' value={keptPhone ? '' : values.phone} maxlength={11} placeholder={keptPhone ? values.phone : t('mail.form.phonePlaceholder')} aria-label={t('mail.form.phone')} data-testid='address-phone-input' onInput={(e) => set({ phone: e.detail.value || (existing?.phoneMasked ?? '') })} onBlur={() => setTouched((s) => ({ ...s, phone: true }))} />
          </Field>
          <View className={`mail-option ${values.isDefault ? 'mail-option--on' : ''}`} role='checkbox' aria-checked={values.isDefault} onClick={() => set({ isDefault: !values.isDefault })} data-testid='address-is-default'>
            <View className='mail-option__dot' />
            <Text className='mail-option__title'>{t('mail.form.isDefault')}</Text>
          </View>
        </View>
      </Section>
      <View className='ui-gap' />
      <View className='ui-footer-bar' style={{ flexDirection: 'column' }}>
        {attempted && count > 0 && <Text className='ui-field__error' role='alert' data-testid='address-errors'>{t('mail.form.fix', { count })}</Text>}
        <Button block loading={mutation.busy} onClick={submit} testId='address-save'>{t('mail.form.save')}</Button>
      </View>
    </View>
  )
}

/** New or edit (id): region chips from REGIONS, street, recipient and mobile checked as the user types; a draft kept on the phone. */
export function AddressForm({ id }: { id?: string }) {
  const t = useT()
  const userId = useSession((s) => s.user?.id)
  const list = useResource(() => mailApi.addresses(), [userId, id], { enabled: !!userId && !!id, tags: ['addresses'] })
  if (!userId) return <View className='ui-section'><Skeleton /></View>
  if (!id) return <Form userId={userId} />
  return (
    <LoadState resource={list}>
      {(data) => {
        const existing = data.items.find((a) => a.id === id)
        return existing ? <Form key={existing.id} existing={existing} userId={userId} /> : <EmptyState icon='pin' title={t('mail.form.notFound')} action={t('mail.book.title')} onAction={() => go(ROUTES.addresses)} />
      }}
    </LoadState>
  )
}

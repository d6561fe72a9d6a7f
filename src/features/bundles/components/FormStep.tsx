import '../bundles.css'
import { Input, Text, View } from '@tarojs/components'
import type { BundleField, ProfileSource } from '@/contract'
import { PROFILE_VALUE } from '@/contract'
import { Field, Section } from '@/shared/ui'
import { useT } from '../strings'

const INPUT_TYPE: Partial<Record<BundleField['kind'], 'idcard' | 'number' | 'text'>> = { idNumber: 'idcard', mobile: 'number' }
const MAX_LENGTH: Partial<Record<BundleField['kind'], number>> = { idNumber: 18, creditCode: 18, mobile: 11, date: 10 }

export interface FormStepProps {
  fields: BundleField[]
  values: Record<string, string>
  /** errors to show now (touched fields, or all after a try to go on) */
  errors: Record<string, string>
  /** how many selected items each field feeds */
  sharedBy: (field: BundleField) => number
  prefilled: (field: BundleField) => boolean
  /** the account's phone and ID number as the session shows them (the real ones stay on the server) */
  masked: Partial<Record<ProfileSource, string>>
  /** the field to bring into view and focus: the first one left to fix after a try to go on */
  focusId?: string
  onChange: (fieldId: string, value: string) => void
  onBlur: (fieldId: string) => void
}

/** One form for every selected item: shared fields once, errors beside each field as the user goes. */
export function FormStep({ fields, values, errors, sharedBy, prefilled, masked, focusId, onChange, onBlur }: FormStepProps) {
  const t = useT()
  return (
    <Section title={t('bundles.formTitle')}>
      <View className='ui-muted' style={{ marginBottom: '8px' }}>{t('bundles.formHint')}</View>
      <View className='ui-list'>
        {fields.map((field) => {
          const shared = sharedBy(field)
          const hint = [shared > 1 ? t('bundles.sharedBy', { count: shared }) : '', prefilled(field) ? t('bundles.prefilled') : ''].filter(Boolean).join(' · ')
          const value = values[field.id] ?? ''
          return (
            <View key={field.id} id={`field-${field.id}`} data-testid={`field-${field.id}`}>
              <Field label={field.label} required={field.required} error={errors[field.id]} hint={hint || undefined}>
                {value === PROFILE_VALUE && field.prefill ? (
                  // the account's phone or ID number stays on the server; the app shows it masked and sends PROFILE_VALUE
                  <View className='ui-row bundles-profile-value'>
                    <Text style={{ flex: 1 }} data-testid={`profile-${field.id}`}>{t(field.prefill === 'idNumber' ? 'bundles.profileIdNumber' : 'bundles.profilePhone', { value: masked[field.prefill] ?? '' })}</Text>
                    <Text className='ui-section__extra' onClick={() => onChange(field.id, '')} role='button' data-testid={`change-${field.id}`}>{t('bundles.changeProfileValue')}</Text>
                  </View>
                ) : (
                  <Input
                    className='ui-field__input'
                    value={value}
                    type={INPUT_TYPE[field.kind] ?? 'text'}
                    maxlength={MAX_LENGTH[field.kind] ?? 100}
                    placeholder={field.placeholder ?? (field.kind === 'date' ? t('bundles.datePlaceholder') : t('bundles.inputPlaceholder', { field: field.label }))}
                    aria-label={field.label}
                    focus={focusId === field.id}
                    data-testid={`input-${field.id}`}
                    onInput={(e) => onChange(field.id, e.detail.value)}
                    onBlur={() => onBlur(field.id)}
                  />
                )}
              </Field>
            </View>
          )
        })}
      </View>
    </Section>
  )
}

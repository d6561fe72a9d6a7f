import '../approvals.css'
import { Input, Picker, Text, View } from '@tarojs/components'
import type { InstantField } from '@/contract'
import { Field, Icon, colors } from '@/shared/ui'
import { useT } from '../strings'
import { now } from '@/shared/time'

type Value = string | number | boolean | undefined

const DEFAULT_DATE_RANGE = { fromDays: -5 * 365, toDays: 5 * 365 }

/** The picker's first and last day (the picker would otherwise list every year from 1970 on). */
export function pickableDays(field: InstantField): { start: string; end: string } {
  const { fromDays, toDays } = field.dateRange ?? DEFAULT_DATE_RANGE
  const today = now()
  return { start: today.add(fromDays, 'day').format('YYYY-MM-DD'), end: today.add(toDays, 'day').format('YYYY-MM-DD') }
}

/** One question of an instant-approval form, drawn by its kind. */
export function FormField({ field, value, error, onChange }: { field: InstantField; value: Value; error?: string; onChange: (value: Value) => void }) {
  const t = useT()
  const testId = `field-${field.name}`
  if (field.kind === 'commitment') {
    const on = value === true
    return (
      <View className={`ui-field approvals-commit ${error ? 'ui-field--error' : ''}`} onClick={() => onChange(!on)} role='checkbox' aria-checked={on} data-testid={testId}>
        <View className={`approvals-commit__box ${on ? 'approvals-commit__box--on' : ''}`}>{on && <Icon name='check' color={colors.white} size={16} />}</View>
        <View className='approvals-commit__text'>
          <Text>{field.label}</Text>
          {error && <View className='ui-field__error' role='alert'>{error}</View>}
        </View>
      </View>
    )
  }
  return (
    <Field label={field.label} required={field.required} error={error} hint={field.hint}>
      {field.kind === 'select' ? (
        <Picker mode='selector' range={(field.options ?? []).map((o) => o.label)} value={Math.max(0, (field.options ?? []).findIndex((o) => o.value === value))} onChange={(e) => onChange(field.options?.[Number(e.detail.value)]?.value)}>
          <View className='approvals-picker' data-testid={testId} role='button' aria-label={field.label}>
            <Text className={value ? '' : 'ui-muted'}>{field.options?.find((o) => o.value === value)?.label ?? t('approvals.form.choose')}</Text>
            <Icon name='chevron-right' color={colors.textHint} size={16} />
          </View>
        </Picker>
      ) : field.kind === 'date' ? (
        <Picker mode='date' {...pickableDays(field)} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.detail.value)}>
          <View className='approvals-picker' data-testid={testId} role='button' aria-label={field.label}>
            <Text className={value ? '' : 'ui-muted'}>{typeof value === 'string' && value ? value : t('approvals.form.chooseDate')}</Text>
            <Icon name='calendar' color={colors.textHint} size={16} />
          </View>
        </Picker>
      ) : (
        <View className='ui-row'>
          <Input
            className='ui-field__input approvals-input'
            type={field.kind === 'number' ? 'digit' : 'text'}
            value={value === undefined ? '' : String(value)}
            placeholder={field.placeholder}
            maxlength={field.kind === 'number' ? 8 : 100}
            aria-label={field.label}
            data-testid={testId}
            onInput={(e) => onChange(e.detail.value)}
          />
          {field.unit && <Text className='approvals-unit'>{field.unit}</Text>}
        </View>
      )}
    </Field>
  )
}

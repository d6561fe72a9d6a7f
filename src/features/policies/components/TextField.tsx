import '../policies.css'
import { Input } from '@tarojs/components'
import { Field } from '@/shared/ui'

/** A labelled input with its error beside it (the forms of this area). */
export function TextField({ name, label, value, error, hint, type = 'text', maxlength, disabled, onChange }: {
  name: string; label: string; value: string; error?: string; hint?: string; type?: 'text' | 'number' | 'digit'; maxlength?: number; disabled?: boolean
  onChange: (name: string, value: string) => void
}) {
  return (
    <Field label={label} error={error} hint={hint}>
      <Input
        className='ui-field__input'
        value={value}
        type={type}
        maxlength={maxlength ?? 60}
        disabled={disabled || undefined}
        aria-label={label}
        data-testid={`field-${name}`}
        onInput={(e) => onChange(name, e.detail.value)}
      />
    </Field>
  )
}

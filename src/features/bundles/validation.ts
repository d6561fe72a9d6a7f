import type { BundleField } from '@/contract'
import { PROFILE_VALUE } from '@/contract'
import { creditCodeError, idNumberError, mobileError } from '@/shared/validators'
import { t } from './strings'
import { nowMs } from '@/shared/time'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** The same rules the server applies (mock/bundles/domain.ts), with the app's messages; null when fine. */
export function fieldError(field: BundleField, raw: string | undefined): string | null {
  if (raw === PROFILE_VALUE && field.prefill) return null
  const value = (raw ?? '').trim()
  if (!value) return field.required ? t('validate.required', { field: field.label }) : null
  if (value.length > 100) return t('bundles.validate.tooLong', { field: field.label })
  switch (field.kind) {
    case 'idNumber':
      return idNumberError(value)
    case 'creditCode':
      return creditCodeError(value)
    case 'mobile':
      return mobileError(value)
    case 'date': {
      const m = DATE.exec(value)
      const at = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null
      if (!m || !at || at.getUTCDate() !== Number(m[3]) || at.getUTCMonth() !== Number(m[2]) - 1) return t('bundles.validate.date')
      if (field.pastOnly && at.getTime() > nowMs()) return t('bundles.validate.future', { field: field.label })
      return null
    }
    default:
      return null
  }
}

export function formErrors(fields: BundleField[], form: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const field of fields) {
    const error = fieldError(field, form[field.id])
    if (error) errors[field.id] = error
  }
  return errors
}

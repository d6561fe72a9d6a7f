import { checkCreditCode, checkIdNumber, isMobile } from '@/contract'
import { t } from './strings'
import { nowMs } from './time'

export { checkCreditCode, checkIdNumber, isMobile, maskIdNumber, maskPhone, maskName, maskNumber } from '@/contract'

/** null when valid, else a message for the field */
export function idNumberError(value: string): string | null {
  const problem = checkIdNumber(value, new Date(nowMs()))
  return problem ? t(`validate.idNumber.${problem}`) : null
}

export function creditCodeError(value: string): string | null {
  const problem = checkCreditCode(value)
  return problem ? t(`validate.creditCode.${problem}`) : null
}

export function mobileError(value: string): string | null {
  return isMobile(value) ? null : t('validate.mobile')
}

/**
 * Identity-number rules, shared by the app (validation as the user types)
 * and the mock backend (which never trusts the client).
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

export type IdNumberProblem = 'length' | 'format' | 'birthdate' | 'checksum'

/** 居民身份证号 (GB 11643-1999): 17 digits, MOD 11-2 check character, a real birth date not in the future. */
/** `today` is the caller's clock (the mock's, or the app's server-synced one): never the device's. */
export function checkIdNumber(raw: string, today: Date): IdNumberProblem | null {
  const value = raw.trim().toUpperCase()
  if (value.length !== 18) return 'length'
  if (!/^\d{17}[\dX]$/.test(value)) return 'format'
  const y = Number(value.slice(6, 10))
  const mo = Number(value.slice(10, 12))
  const d = Number(value.slice(12, 14))
  const birth = new Date(Date.UTC(y, mo - 1, d))
  if (y < 1900 || birth.getUTCFullYear() !== y || birth.getUTCMonth() !== mo - 1 || birth.getUTCDate() !== d || birth.getTime() > today.getTime()) {
    return 'birthdate'
  }
  return idCheckCharacter(value.slice(0, 17)) === value[17] ? null : 'checksum'
}

export function idCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]
  return ID_CHECK[sum % 11]
}

/** Birth date (YYYY-MM-DD) held in a valid ID number. */
export function birthDateFromId(value: string): string {
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export type CreditCodeProblem = 'length' | 'format' | 'checksum'

/** 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 A-H J-N P-R T-U W-Y, MOD 31 check character. */
export function checkCreditCode(raw: string): CreditCodeProblem | null {
  const value = raw.trim().toUpperCase()
  if (value.length !== 18) return 'length'
  for (const ch of value) if (!CREDIT_CHARS.includes(ch)) return 'format'
  return creditCheckCharacter(value.slice(0, 17)) === value[17] ? null : 'checksum'
}

export function creditCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(first17[i]) * CREDIT_WEIGHTS[i]
  return CREDIT_CHARS[(31 - (sum % 31)) % 31]
}

/** 11-digit mainland mobile starting with 1. */
export function isMobile(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(raw.trim())
}

/** 4401**********123X: first 4 and last 4 kept. */
export function maskIdNumber(value: string): string {
  if (!value) return ''
  if (value.length <= 8) return '*'.repeat(value.length)
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4)
}

/** 138****5678 */
export function maskPhone(value: string): string {
  if (!value) return ''
  if (value.length < 7) return '*'.repeat(value.length)
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4)
}

/** 张** / 欧阳** : keep the family name only. */
export function maskName(value: string): string {
  if (!value) return ''
  const familyLength = value.length >= 4 ? 2 : 1
  return value.slice(0, familyLength) + '*'.repeat(Math.max(1, value.length - familyLength))
}

/** Any licence or document number: first 2 and last 3 kept. */
export function maskNumber(value: string): string {
  if (!value || value.length <= 5) return value ? '*'.repeat(value.length) : ''
  return value.slice(0, 2) + '*'.repeat(value.length - 5) + value.slice(-3)
}

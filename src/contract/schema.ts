/**
 * Building blocks for the routes' request schemas (valibot). A route's schema
 * is declared once, in its area's contract file: `v.InferOutput` gives the
 * request type the app sends, and the mock's router checks every request
 * against it before the handler runs.
 *
 * Messages are Chinese, as the backend's refusals are; they land in an error
 * body's `fields` and are shown beside the field at fault.
 */
import * as v from 'valibot'
import { checkCreditCode, checkIdNumber, isMobile } from './identity'

export { v }

/** What a route may declare as its body, query or params schema. */
export type RequestSchema = v.GenericSchema<unknown, unknown>

/** Text of at most `max` characters, optionally at least `min` once trimmed; `label` names it in the messages (企业名称不超过 60 字). */
export function text(max: number, min = 0, label = '') {
  return v.pipe(
    v.string('应为文字'),
    v.maxLength(max, `${label}不超过 ${max} 字`),
    v.check((s) => s.trim().length >= min, min > 1 ? `${label}至少 ${min} 个字` : label ? `请填写${label}` : '必填'),
  )
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]*$/

/** A record's id (hall, item, document, case …): ASCII, at most 100 characters. */
export function id(message = '编号无效') {
  return v.pipe(v.string(message), v.maxLength(100, message), v.regex(ID, message))
}

/** A whole number in [min, max]. */
export function int(min: number, max: number, message = `应为 ${min} 到 ${max} 之间的整数`) {
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message))
}

/** A finite number in [min, max] (JSON has no NaN or Infinity, but 1e308 is a number). */
export function num(min: number, max: number, message = `应在 ${min} 到 ${max} 之间`) {
  return v.pipe(v.number(message), v.finite(message), v.minValue(min, message), v.maxValue(max, message))
}

/** YYYY-MM-DD that names a day of the calendar (2026-02-30 is refused). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const at = new Date(Date.UTC(y, mo - 1, d))
  return y >= 1900 && y <= 2200 && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d
}

export function isoDate(message = '应为有效日期（YYYY-MM-DD）') {
  return v.pipe(v.string(message), v.maxLength(10, message), v.check(isRealDate, message))
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/

/** ISO 8601 with an offset, e.g. 2026-11-28T09:00:00+08:00, on a real day. */
export function isoDateTime(message = '应为 ISO 8601 时间') {
  return v.pipe(
    v.string(message),
    v.maxLength(40, message),
    v.check((s) => {
      const m = DATE_TIME.exec(s)
      return !!m && isRealDate(m[1]) && !Number.isNaN(Date.parse(s))
    }, message),
  )
}

const ID_NUMBER_PROBLEMS = { length: '身份证号应为 18 位', format: '身份证号只能包含数字，最后一位可为 X', birthdate: '身份证号中的出生日期无效', checksum: '身份证号校验位不正确，请核对' }
const CREDIT_CODE_PROBLEMS = { length: '统一社会信用代码应为 18 位', format: '统一社会信用代码含有无效字符', checksum: '统一社会信用代码校验位不正确，请核对' }

/** 居民身份证号 (GB 11643), by identity.ts's rules; the message says what is wrong. */
/** `today` is the caller's clock (the mock's): a birth date after it is refused. */
export function idNumber(today: () => Date) {
  return v.pipe(
    v.string('应为文字'),
    v.maxLength(18, ID_NUMBER_PROBLEMS.length),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return
      const problem = checkIdNumber(dataset.value, today())
      if (problem) addIssue({ message: ID_NUMBER_PROBLEMS[problem] })
    }),
  )
}

/** 统一社会信用代码 (GB 32100), by identity.ts's rules. */
export function creditCode() {
  return v.pipe(
    v.string('应为文字'),
    v.maxLength(18, CREDIT_CODE_PROBLEMS.length),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return
      const problem = checkCreditCode(dataset.value)
      if (problem) addIssue({ message: CREDIT_CODE_PROBLEMS[problem] })
    }),
  )
}

export function mobile(message = '请输入 11 位手机号码') {
  return v.pipe(v.string(message), v.maxLength(11, message), v.check(isMobile, message))
}

const MASKED_MOBILE = /^1\d{2}\*{4}\d{4}$/

/** A mobile number, or the masked one the API answered (sent back by a form saved without revealing it). */
export function mobileOrMasked(message = '请输入 11 位手机号码') {
  return v.pipe(v.string(message), v.maxLength(11, message), v.check((value) => isMobile(value) || MASKED_MOBILE.test(value), message))
}

const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/

/**
 * An open map (bundle answers, a form whose fields the data decides): at most
 * `maxKeys` keys shaped like field ids, each value a scalar. Never nested, so
 * what is stored stays bounded.
 */
export function openMap<T extends RequestSchema>(value: T, maxKeys = 50) {
  return v.pipe(
    // a record takes any object, arrays too: a list here is the wrong type
    v.custom<Record<string, unknown>>((input) => !!input && typeof input === 'object' && !Array.isArray(input), '应为对象'),
    v.record(v.pipe(v.string(), v.regex(KEY, '字段名无效')), value, '应为对象'),
    v.maxEntries(maxKeys, `最多 ${maxKeys} 项`),
  )
}

/** A body with nothing in it (DELETE, confirmations): any field sent is an unknown one. */
export const EmptyBody = v.strictObject({})

import type { IsoDate, IsoDateTime } from './common'
import { isMobile } from './identity'
import { id, mobileOrMasked, text, v } from './schema'

// ---- 政务专递: an address book, the delivery chosen with a submission, materials sent by post ----

/** Provinces → cities → districts the address book offers (a short list: Guangdong first). */
export const REGIONS: Record<string, Record<string, string[]>> = {
  广东省: {
    广州市: ['番禺区', '海珠区', '天河区', '越秀区', '荔湾区', '白云区', '黄埔区', '花都区', '南沙区', '从化区', '增城区'],
    深圳市: ['福田区', '罗湖区', '南山区', '宝安区', '龙岗区', '龙华区'],
    佛山市: ['禅城区', '南海区', '顺德区', '三水区', '高明区'],
    东莞市: ['莞城街道', '南城街道', '东城街道', '松山湖'],
  },
  湖南省: {
    长沙市: ['芙蓉区', '天心区', '岳麓区', '开福区', '雨花区'],
  },
  广西壮族自治区: {
    南宁市: ['青秀区', '兴宁区', '江南区', '西乡塘区'],
  },
}

export const STREET_MIN = 5
export const STREET_MAX = 80
export const RECIPIENT_MAX = 20

export type AddressProblem = 'province' | 'city' | 'district' | 'street' | 'recipient' | 'phone'

/** The sentence each problem shows beside its field (the app as the user types, the mock when it refuses). */
export const ADDRESS_PROBLEMS: Record<AddressProblem, string> = {
  province: '请选择省份',
  city: '请选择城市',
  district: '请选择区县',
  street: `详细地址 ${STREET_MIN}–${STREET_MAX} 字（街道、门牌号）`,
  recipient: `请填写收件人姓名（不超过 ${RECIPIENT_MAX} 字）`,
  phone: '请输入 11 位手机号码',
}

export interface AddressInput {
  province: string
  city: string
  district: string
  street: string
  recipient: string
  /** 11 digits, or the masked number the API answered (unchanged) */
  phone: string
}

const MASKED_MOBILE = /^1\d{2}\*{4}\d{4}$/

/**
 * Every problem of an address, by field: the region must be one of REGIONS (the city in its
 * province, the district in its city), the street 5–80 characters, a named recipient, a mobile.
 * `allowMasked` accepts the masked number of an address being edited.
 */
export function addressProblems(input: AddressInput, allowMasked = false): Partial<Record<AddressProblem, string>> {
  const out: Partial<Record<AddressProblem, string>> = {}
  const cities = REGIONS[input.province]
  if (!cities) out.province = ADDRESS_PROBLEMS.province
  const districts = cities?.[input.city]
  if (cities && !districts) out.city = ADDRESS_PROBLEMS.city
  if (districts && !districts.includes(input.district)) out.district = ADDRESS_PROBLEMS.district
  const street = input.street.trim()
  if (street.length < STREET_MIN || street.length > STREET_MAX) out.street = ADDRESS_PROBLEMS.street
  const recipient = input.recipient.trim()
  if (!recipient || recipient.length > RECIPIENT_MAX || /\d/.test(recipient)) out.recipient = ADDRESS_PROBLEMS.recipient
  if (!isMobile(input.phone) && !(allowMasked && MASKED_MOBILE.test(input.phone))) out.phone = ADDRESS_PROBLEMS.phone
  return out
}

/** POST /api/addresses, PATCH /api/addresses/:id: the whole address (the phone may stay masked when editing). */
export const AddressBody = v.strictObject({
  province: text(20, 1),
  city: text(20, 1),
  district: text(20, 1),
  street: text(STREET_MAX, STREET_MIN, '详细地址'),
  recipient: text(RECIPIENT_MAX, 1, '收件人'),
  phone: mobileOrMasked(),
  isDefault: v.optional(v.boolean('应为是或否')),
})
export type AddressRequest = v.InferOutput<typeof AddressBody>

/** An address as the API answers it: the phone only masked. */
export interface Address {
  id: string
  province: string
  city: string
  district: string
  street: string
  recipient: string
  phoneMasked: string
  isDefault: boolean
  updatedAt: IsoDateTime
}

/** One line for lists and the case: 广东省广州市番禺区 市桥街道… */
export function addressLine(a: Pick<Address, 'province' | 'city' | 'district' | 'street'>): string {
  return `${a.province}${a.city}${a.district} ${a.street}`
}

// ---- the result: 窗口领取 or 邮寄到家 ----

export type DeliveryMethod = 'window' | 'post'

/** Sent with a submission (一件事, 秒批): how the paper result reaches the applicant. */
export const DeliveryChoiceSchema = v.variant('method', [
  v.strictObject({ method: v.literal('window') }),
  v.strictObject({ method: v.literal('post'), addressId: id('请选择收件地址') }),
], '领取方式应为 window 或 post')
export type DeliveryChoice = v.InferOutput<typeof DeliveryChoiceSchema>

export const CARRIER = 'EMS 政务专递'

/** How a case's result is delivered, stored on the case. */
export interface CaseDelivery {
  method: DeliveryMethod
  /** post: a copy of the address when chosen (later edits do not move a parcel) */
  recipient?: string
  phoneMasked?: string
  addressLine?: string
  carrier?: string
  waybill?: string
  dispatchedAt?: IsoDateTime
  /** when the carrier is expected to deliver (the mock delivers then) */
  expectedAt?: IsoDateTime
  deliveredAt?: IsoDateTime
}

/** 寄件: materials sent to the department by post, picked up at the applicant's address. */
export interface MailIn {
  slotId: string
  date: IsoDate
  window: string
  addressLine: string
  carrier: string
  waybill: string
  bookedAt: IsoDateTime
}

/** Pickup slots offered for 寄件 (next working days, morning and afternoon). */
export interface PickupSlot {
  id: string
  date: IsoDate
  /** 09:00–12:00 */
  window: string
}

/** POST /api/mail/pickups */
export const MailInBody = v.strictObject({ caseId: id(), slotId: id('请选择上门取件时间'), addressId: id('请选择取件地址') })
export type MailInRequest = v.InferOutput<typeof MailInBody>

// ---- waybills: EMS numbers in the UPU S10 form, e.g. EA123456785CN ----

const S10 = /^[A-Z]{2}(\d{8})(\d)CN$/
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7]

/** The S10 check digit of 8 serial digits. */
export function waybillCheckDigit(serial: string): number {
  const sum = serial.split('').reduce((s, d, i) => s + Number(d) * S10_WEIGHTS[i], 0)
  const check = 11 - (sum % 11)
  return check === 10 ? 0 : check === 11 ? 5 : check
}

/** A waybill number as typed or scanned (spaces dropped, upper case), or null when it is not a valid EMS number. */
export function normaliseWaybill(raw: string): string | null {
  const value = raw.replace(/\s+/g, '').toUpperCase()
  const m = S10.exec(value)
  if (!m) return null
  return waybillCheckDigit(m[1]) === Number(m[2]) ? value : null
}

export const WAYBILL_PROBLEM = '运单号应为 EMS 格式（2 个字母 + 9 位数字 + CN，如 EA123456785CN），请核对'

/** POST /api/clerk/mail/:caseId/dispatch */
export const DispatchBody = v.strictObject({
  waybill: v.pipe(text(20, 1), v.check((s) => normaliseWaybill(s) !== null, WAYBILL_PROBLEM)),
})
export type DispatchRequest = v.InferOutput<typeof DispatchBody>

/** A case waiting to be sent (the clerk's 寄出 list). */
export interface MailCase {
  caseId: string
  caseNumber: string
  title: string
  status: string
  ready: boolean
  delivery: CaseDelivery
}

/** Working days from dispatch to 已签收 in the mock. */
export const DELIVERY_WORKING_DAYS = 2

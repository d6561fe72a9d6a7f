import { Store } from '../store'
import { ApiFailure } from '../errors'
import { advanceDueCases, createCase, getCase, recordStep } from '../cases/domain'
import { addressProblems, normaliseWaybill, waybillCheckDigit } from '../../src/contract'
import { addAddress, addressesOf, awaitingDispatch, bookMailIn, deleteAddress, deliveryFor, dispatch, expectedDelivery, pickupSlots, updateAddress } from './domain'

const TUESDAY = new Date('2026-11-24T10:00:00+08:00')
const HOME = { province: '广东省', city: '广州市', district: '番禺区', street: '市桥街道清河东路 1 号', recipient: '陈小明', phone: '13912345678' }

function refusal(run: () => unknown): ApiFailure {
  try {
    run()
  } catch (e) {
    if (e instanceof ApiFailure) return e
    throw e
  }
  throw new Error('accepted')
}

describe('address validation', () => {
  it('accepts a district of the city of the province, a street, a named recipient and a mobile', () => {
    expect(addressProblems(HOME)).toEqual({})
  })

  it('refuses a city outside its province and a district outside its city', () => {
    expect(addressProblems({ ...HOME, city: '长沙市' })).toEqual({ city: '请选择城市' })
    expect(addressProblems({ ...HOME, district: '南山区' })).toEqual({ district: '请选择区县' })
    expect(addressProblems({ ...HOME, province: '火星' })).toEqual({ province: '请选择省份' })
  })

  it('keeps the street within 5–80 characters, the recipient named and the phone a mobile', () => {
    const problems = addressProblems({ ...HOME, street: '1号', recipient: '  ', phone: '1234' })
    expect(Object.keys(problems).sort()).toEqual(['phone', 'recipient', 'street'])
    expect(addressProblems({ ...HOME, street: '街'.repeat(81) })).toHaveProperty('street')
    expect(addressProblems({ ...HOME, recipient: '陈123' })).toHaveProperty('recipient')
  })

  it('takes a masked phone only when editing', () => {
    expect(addressProblems({ ...HOME, phone: '139****5678' })).toHaveProperty('phone')
    expect(addressProblems({ ...HOME, phone: '139****5678' }, true)).toEqual({})
  })
})

describe('address book', () => {
  it('stores addresses per person, masks the phone, keeps one default', () => {
    const store = new Store()
    const first = addAddress(store, 'u1', HOME, TUESDAY)
    expect(first).toMatchObject({ isDefault: true, phoneMasked: '139****5678' })
    expect(JSON.stringify(first)).not.toContain('13912345678')
    const second = addAddress(store, 'u1', { ...HOME, street: '大石街道105国道大石段 8 号', isDefault: true }, TUESDAY)
    expect(addressesOf(store, 'u1').map((a) => [a.id, a.isDefault])).toEqual([[second.id, true], [first.id, false]])
    expect(addressesOf(store, 'u2')).toEqual([])
    deleteAddress(store, 'u1', second.id)
    expect(addressesOf(store, 'u1')).toEqual([expect.objectContaining({ id: first.id, isDefault: true })])
  })

  it('refuses a bad address with its field, someone else\'s as unknown, and keeps the number when the masked one comes back', () => {
    const store = new Store()
    expect(refusal(() => addAddress(store, 'u1', { ...HOME, district: '福田区' }, TUESDAY))).toMatchObject({ status: 400, fields: { district: '请选择区县' } })
    const a = addAddress(store, 'u1', HOME, TUESDAY)
    expect(refusal(() => updateAddress(store, 'u2', a.id, HOME, TUESDAY)).status).toBe(404)
    const edited = updateAddress(store, 'u1', a.id, { ...HOME, phone: a.phoneMasked, recipient: '李秀英' }, TUESDAY)
    expect(edited).toMatchObject({ recipient: '李秀英', phoneMasked: '139****5678' })
    expect(deliveryFor(store, 'u1', { method: 'post', addressId: a.id })).toMatchObject({ method: 'post', recipient: '李秀英', phoneMasked: '139****5678', addressLine: '广东省广州市番禺区 市桥街道清河东路 1 号' })
    expect(refusal(() => deliveryFor(store, 'u2', { method: 'post', addressId: a.id })).fields).toEqual({ 'delivery.addressId': expect.any(String) })
  })
})

describe('waybills', () => {
  it('checks the EMS S10 form and its check digit', () => {
    expect(waybillCheckDigit('12345678')).toBe(5)
    expect(normaliseWaybill('ea 123456785 cn')).toBe('EA123456785CN')
    expect(normaliseWaybill('EA123456784CN')).toBeNull()
    expect(normaliseWaybill('EA12345678CN')).toBeNull()
    expect(normaliseWaybill('1234567890123')).toBeNull()
  })
})

describe('delivery with the clock', () => {
  function postedCase(store: Store, at = TUESDAY) {
    const address = addAddress(store, 'u1', HOME, at)
    return createCase(store, { ownerId: 'u1', title: '新生儿出生一件事', source: 'bundle', sourceId: 'newborn', itemIds: ['birth-hukou'], delivery: deliveryFor(store, 'u1', { method: 'post', addressId: address.id }) }, at)
  }

  it('is delivered two working days after dispatch, over a weekend too', () => {
    expect(expectedDelivery(TUESDAY)).toBe(new Date('2026-11-26T10:00:00+08:00').toISOString())
    expect(expectedDelivery(new Date('2026-11-27T16:30:00+08:00'))).toBe(new Date('2026-12-01T16:30:00+08:00').toISOString())
    // sent on a Sunday: Monday is the first working day, Tuesday the second
    expect(expectedDelivery(new Date('2026-11-29T17:00:00+08:00'))).toBe(new Date('2026-12-01T17:00:00+08:00').toISOString())
  })

  it('sends only a finished case by post, with a valid unused waybill; 已寄出 then 已签收 as the clock passes', () => {
    const store = new Store()
    const c = postedCase(store)
    expect(awaitingDispatch(store, TUESDAY)).toEqual([expect.objectContaining({ caseId: c.id, ready: false })])
    expect(refusal(() => dispatch(store, 'clerk', c.id, 'EA123456785CN', TUESDAY)).code).toBe('CASE_NOT_DONE')
    recordStep(store, c.id, { status: 'approved', event: { kind: 'approved', text: '已办结' } }, TUESDAY)
    expect(refusal(() => dispatch(store, 'clerk', c.id, 'EA123456784CN', TUESDAY))).toMatchObject({ status: 400, fields: { waybill: expect.any(String) } })

    const sent = dispatch(store, 'clerk', c.id, 'ea123456785cn', TUESDAY)
    expect(sent.delivery).toMatchObject({ carrier: 'EMS 政务专递', waybill: 'EA123456785CN', expectedAt: new Date('2026-11-26T10:00:00+08:00').toISOString() })
    expect(sent.events.at(-1)).toMatchObject({ kind: 'dispatched', text: expect.stringContaining('EA123456785CN') })
    expect(awaitingDispatch(store, TUESDAY)).toEqual([])
    expect(refusal(() => dispatch(store, 'clerk', c.id, 'EA123456785CN', TUESDAY)).code).toBe('MAIL_STATE')

    advanceDueCases(store, new Date('2026-11-26T09:59:00+08:00'))
    expect(getCase(store, c.id)!.events.map((e) => e.kind)).not.toContain('delivered')
    advanceDueCases(store, new Date('2026-11-26T10:00:00+08:00'))
    const delivered = getCase(store, c.id)!
    expect(delivered.status).toBe('collected')
    expect(delivered.events.at(-1)).toMatchObject({ kind: 'delivered', text: '已签收', actor: 'EMS 政务专递', at: new Date('2026-11-26T10:00:00+08:00').toISOString() })
  })

  it('refuses a waybill already used and a case whose result is collected at the window', () => {
    const store = new Store()
    const a = postedCase(store)
    const b = postedCase(store)
    for (const id of [a.id, b.id]) recordStep(store, id, { status: 'approved', event: { kind: 'approved', text: '已办结' } }, TUESDAY)
    dispatch(store, 'clerk', a.id, 'EA123456785CN', TUESDAY)
    expect(refusal(() => dispatch(store, 'clerk', b.id, 'EA123456785CN', TUESDAY)).fields).toEqual({ waybill: expect.any(String) })
    const window = createCase(store, { ownerId: 'u1', title: 't', source: 'bundle', sourceId: 'b', itemIds: [], delivery: { method: 'window' } }, TUESDAY)
    expect(refusal(() => dispatch(store, 'clerk', window.id, 'EA123456785CN', TUESDAY)).code).toBe('MAIL_STATE')
  })
})

describe('寄件: materials picked up at home', () => {
  it('offers the next three working days from the clock, and assigns a valid waybill once per case', () => {
    const friday = new Date('2026-11-27T10:00:00+08:00')
    expect([...new Set(pickupSlots(friday).map((s) => s.date))]).toEqual(['2026-11-30', '2026-12-01', '2026-12-02'])
    expect([...new Set(pickupSlots(new Date('2026-11-29T10:00:00+08:00')).map((s) => s.date))]).toEqual(['2026-11-30', '2026-12-01', '2026-12-02'])
    const store = new Store()
    const address = addAddress(store, 'u1', HOME, friday)
    const c = createCase(store, { ownerId: 'u1', title: 't', source: 'bundle', sourceId: 'b', itemIds: [] }, friday)
    expect(refusal(() => bookMailIn(store, 'u1', { caseId: c.id, slotId: '2026-11-28-am', addressId: address.id }, friday)).fields).toEqual({ slotId: expect.any(String) })
    expect(refusal(() => bookMailIn(store, 'u2', { caseId: c.id, slotId: '2026-11-30-am', addressId: address.id }, friday)).status).toBe(404)
    const booked = bookMailIn(store, 'u1', { caseId: c.id, slotId: '2026-11-30-am', addressId: address.id }, friday)
    expect(booked.mailIn).toMatchObject({ date: '2026-11-30', window: '09:00–12:00', carrier: 'EMS 政务专递' })
    expect(normaliseWaybill(booked.mailIn!.waybill)).toBe(booked.mailIn!.waybill)
    expect(booked.events.at(-1)!.kind).toBe('mail-in')
    expect(refusal(() => bookMailIn(store, 'u1', { caseId: c.id, slotId: '2026-12-01-am', addressId: address.id }, friday)).code).toBe('MAIL_STATE')
  })
})

import { startBackend } from '../backend'
import { clock } from '../clock'
import { ApiFailure } from '../errors'
import { checkinQrText, type ScanResponse } from '../../src/contract'
import { createCode } from '../safe/codes'
import { createCase, recordStep } from '../cases/domain'
import { book } from '../appointments/domain'
import { CODE_KINDS, scanCode } from './code-kinds'
import { MAX_INVALID_ATTEMPTS } from '../attempts'

const failure = (run: () => unknown) => {
  try {
    run()
  } catch (e) {
    if (e instanceof ApiFailure) return e.code
    throw e
  }
  throw new Error('expected a refusal')
}

describe('codes by kind (POST /api/clerk/scan)', () => {
  it('has one row per kind, each with a prefix, scope, lifetime and what redeeming does', () => {
    expect(CODE_KINDS.map((k) => k.kind)).toEqual(['submit', 'pickup', 'check-in'])
    for (const row of CODE_KINDS) {
      expect(row.prefix).toMatch(/^PY[A-Z]+1$/)
      expect(row.scope.length).toBeGreaterThan(10)
      expect(row.redeems.length).toBeGreaterThan(10)
      expect(row.lifetimeMs).toBeTruthy()
    }
  })

  it('tells each kind from the text alone and does what that kind does', () => {
    const { store } = startBackend()
    store.ensureSeeded()
    const now = clock.now()
    const doc = { id: 'lic-resident-id-card' }
    const submit = createCode(store, 'u-resident', { purpose: 'submit', documentIds: [doc.id] }, now)
    const scannedSubmit: ScanResponse = scanCode(store, 'u-clerk', submit.code, now)
    expect(scannedSubmit.kind).toBe('submit')
    expect(scannedSubmit.kind === 'submit' && scannedSubmit.redemption.documents.map((d) => d.id)).toEqual([doc.id])
    // the same code again: the submit kind is used up
    expect(failure(() => scanCode(store, 'u-clerk', submit.shortCode, now))).toBe('CODE_USED')

    const done = createCase(store, { ownerId: 'u-resident', title: '结果领取', source: 'item', sourceId: 'x', itemIds: ['x'], pickupRequired: true }, now)
    recordStep(store, done.id, { status: 'approved', event: { kind: 'approved', text: '已办结' } }, now)
    const pickup = createCode(store, 'u-resident', { purpose: 'pickup', caseId: done.id }, now)
    const scannedPickup = scanCode(store, 'u-clerk', pickup.shortCode, now)
    expect(scannedPickup).toMatchObject({ kind: 'pickup', redemption: { caseId: done.id } })
    // a pickup code is only verified here: it scans again until the hand-over
    expect(scanCode(store, 'u-clerk', pickup.code, now).kind).toBe('pickup')
  })

  it('checks an appointment in from its QR text at the clerk\'s hall', () => {
    const { store } = startBackend()
    store.ensureSeeded()
    // booked on a Monday for Thursday 10:00, scanned on Thursday at 09:50 (dates of their own: the clock is not read)
    const appointment = book(store, 'u-resident', { hallId: 'centre', itemId: 'residence-permit', start: '2026-11-26T10:00:00+08:00' }, Date.parse('2026-11-23T09:10:00+08:00'))
    const scanned = scanCode(store, 'u-clerk', checkinQrText(appointment.id, appointment.checkinCode), new Date('2026-11-26T09:50:00+08:00'))
    expect(scanned).toMatchObject({ kind: 'check-in', checkIn: { appointmentId: appointment.id } })
  })

  it('refuses text of no kind as CODE_INVALID, and counts it against the clerk', () => {
    const { store } = startBackend()
    store.ensureSeeded()
    const now = clock.now()
    for (let i = 0; i < MAX_INVALID_ATTEMPTS; i++) expect(failure(() => scanCode(store, 'u-clerk', `PYSC1.forged.${i}`, now))).toBe('CODE_INVALID')
    expect(failure(() => scanCode(store, 'u-clerk', '12345678', now))).toBe('TOO_MANY_ATTEMPTS')
  })
})

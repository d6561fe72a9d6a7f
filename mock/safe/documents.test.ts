import { Store } from '../store'
import { ApiFailure } from '../errors'
import { seedLicences } from './seed'
import { expiryOf } from '../../src/contract'
import { clock } from '../clock'
import { startBackend } from '../backend'
import { localDate } from '../calendar'
import { addDocument, deleteMaterial, documentsOf, ownDocument, uploadMaterial } from './documents'

const now = new Date('2026-11-23T02:00:00Z')

function seeded() {
  const store = new Store()
  seedLicences(store, now.toISOString())
  return store
}

function refusal(fn: () => unknown) {
  try {
    fn()
  } catch (e) {
    if (e instanceof ApiFailure) return { status: e.status, code: e.code, fields: e.fields }
    throw e
  }
  throw new Error('expected a refusal')
}

describe('documents', () => {
  it('seeds the business food licence 30 days from expiry on whatever day the data is seeded (frozen mock clock)', () => {
    for (const at of ['2026-11-23T02:00:00Z', '2027-12-31T15:59:50Z']) {
      clock.freeze(at)
      const { store } = startBackend()
      store.ensureSeeded()
      const food = documentsOf(store, 'u-business').find((d) => d.type === 'food-licence')!
      expect(expiryOf(food.validUntil, localDate(clock.now().getTime()))).toEqual({ daysLeft: 30, expired: false, stage: 30 })
      clock.reset()
    }
  })

  it('lists the owner’s licences first, then certificates, then materials', () => {
    const store = seeded()
    addDocument(store, { ownerId: 'u-resident', kind: 'material', type: 'proof', name: '在职证明', issuer: '本人上传', fileName: 'a.jpg', fileSize: 1 }, now)
    addDocument(store, { ownerId: 'u-resident', kind: 'certificate', type: 'drainage-permit', name: '排水许可证', issuer: '番禺区水务局', number: 'PSXK2026000123', caseId: 'case_1' }, now)
    const kinds = documentsOf(store, 'u-resident').map((d) => d.kind)
    expect(kinds.slice(0, 6).every((k) => k === 'licence')).toBe(true)
    expect(kinds.slice(6)).toEqual(['certificate', 'material'])
    expect(documentsOf(store, 'u-business').every((d) => d.ownerId === 'u-business')).toBe(true)
  })

  it('stores a certificate number masked only', () => {
    const store = seeded()
    const cert = addDocument(store, { ownerId: 'u-resident', kind: 'certificate', type: 'drainage-permit', name: '排水许可证', issuer: '番禺区水务局', number: 'PSXK2026000123', caseId: 'case_1' }, now)
    expect(cert.numberMasked).toBe('PS*********123')
    expect(JSON.stringify(store.collection('documents').get(cert.id))).not.toContain('PSXK2026000123')
  })

  it('validates an upload and keeps its metadata only', () => {
    const store = seeded()
    expect(refusal(() => uploadMaterial(store, 'u-resident', {}, now))).toMatchObject({ status: 400, fields: { name: '请填写材料名称', type: '请选择材料类型', fileName: '请选择文件' } })
    expect(refusal(() => uploadMaterial(store, 'u-resident', { name: 'x', type: 'proof', fileName: 'a.pdf', fileSize: 21 * 1024 * 1024 }, now))).toMatchObject({ fields: { fileName: '文件不能超过 20 MB' } })
    expect(refusal(() => uploadMaterial(store, 'u-resident', { name: 'x'.repeat(41), type: 'proof', fileName: 'a.pdf', fileSize: 1 }, now)).fields?.name).toBeDefined()
    const doc = uploadMaterial(store, 'u-resident', { name: ' 租赁合同 ', type: 'contract', fileName: 'lease.pdf', fileSize: 2048.4, data: 'big blob' }, now)
    expect(doc).toMatchObject({ kind: 'material', name: '租赁合同', type: 'contract', fileName: 'lease.pdf', fileSize: 2048, issuer: '本人上传' })
    expect(JSON.stringify(doc)).not.toContain('big blob')
  })

  it('deletes the owner’s own materials only', () => {
    const store = seeded()
    const doc = uploadMaterial(store, 'u-resident', { name: '租赁合同', type: 'contract', fileName: 'lease.pdf', fileSize: 10 }, now)
    expect(refusal(() => deleteMaterial(store, 'u-business', doc.id)).status).toBe(404)
    expect(refusal(() => deleteMaterial(store, 'u-resident', 'lic-resident-id-card')).status).toBe(409)
    deleteMaterial(store, 'u-resident', doc.id)
    expect(refusal(() => ownDocument(store, 'u-resident', doc.id)).status).toBe(404)
  })
})

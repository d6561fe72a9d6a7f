import type { SafeDocument } from '../../src/contract'
import { maskNumber, maskIdNumber } from '../../src/contract'
import { SEED_LICENCES } from '../account/users'
import type { Store } from '../store'
import { localDate } from '../calendar'

export function seedLicences(store: Store, nowIso: string): void {
  const documents = store.collection<SafeDocument>('documents')
  SEED_LICENCES.forEach((licence, i) => {
    const id = `lic-${licence.ownerId.slice(2)}-${licence.type}`
    documents.put(id, {
      id,
      ownerId: licence.ownerId,
      kind: 'licence',
      type: licence.type,
      name: licence.name,
      issuer: licence.issuer,
      numberMasked: licence.type === 'id-card' ? maskIdNumber(licence.number) : maskNumber(licence.number),
      validFrom: licence.validFrom,
      validUntil: licence.validForDays === undefined ? licence.validUntil : localDate(Date.parse(nowIso) + licence.validForDays * 86_400_000),
      createdAt: new Date(Date.parse(nowIso) - (i + 1) * 86_400_000).toISOString(),
    })
  })
}

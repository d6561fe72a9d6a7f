import type { Address, AddressRequest, Case, ListResponse, MailInRequest, PickupSlot } from '@/contract'
import { api } from '@/shared/api'

export const mailApi = {
  addresses: () => api.get<ListResponse<Address>>('/api/addresses'),
  add: (body: AddressRequest, key: string) => api.post<Address>('/api/addresses', body, { idempotencyKey: key }),
  update: (id: string, body: AddressRequest) => api.patch<Address>(`/api/addresses/${encodeURIComponent(id)}`, body),
  remove: (id: string) => api.delete<{ ok: true }>(`/api/addresses/${encodeURIComponent(id)}`),
  pickupSlots: () => api.get<ListResponse<PickupSlot>>('/api/mail/pickup-slots'),
  bookPickup: (body: MailInRequest, key: string) => api.post<Case>('/api/mail/pickups', body, { idempotencyKey: key }),
}

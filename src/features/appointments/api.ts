import type { Appointment, CreateAppointmentRequest, HallDetail, ListResponse, ReminderRequest, ServiceItem, SlotsResponse } from '@/contract'
import { api } from '@/shared/api'

export const appointmentsApi = {
  slots: (hallId: string, itemId: string, date: string) => api.get<SlotsResponse>(`/api/halls/${encodeURIComponent(hallId)}/slots`, { itemId, date }),
  /** the hall's name and whether it takes bookings, for the booking header */
  hall: (hallId: string) => api.get<HallDetail>(`/api/halls/${encodeURIComponent(hallId)}`, { pageSize: 1 }),
  item: (itemId: string) => api.get<ServiceItem>(`/api/items/${encodeURIComponent(itemId)}`),
  /** one key per booking attempt: a retry or a double tap books once */
  book: (body: CreateAppointmentRequest, idempotencyKey: string) => api.post<Appointment>('/api/appointments', body, { idempotencyKey }),
  list: () => api.get<ListResponse<Appointment>>('/api/appointments'),
  get: (id: string) => api.get<Appointment>(`/api/appointments/${encodeURIComponent(id)}`),
  reschedule: (id: string, start: string) => api.patch<Appointment>(`/api/appointments/${encodeURIComponent(id)}`, { start }),
  cancel: (id: string) => api.delete<Appointment>(`/api/appointments/${encodeURIComponent(id)}`),
  reminder: (id: string, body: ReminderRequest) => api.post<Appointment>(`/api/appointments/${encodeURIComponent(id)}/reminder`, body),
}

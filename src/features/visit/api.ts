import type { Appointment, ArriveRequest, BusyHoursResponse, CompleteRequest, HallDetail, HallPlan, ListResponse, RevealIdResponse, TakeTicketRequest, Ticket, WindowQueue } from '@/contract'
import { api } from '@/shared/api'

/** A held read answers within 25 s; the client waits a little longer before calling it lost. */
export const HOLD_TIMEOUT_MS = 30_000

const held = (version: number | undefined) => (version === undefined ? undefined : { waitForVersion: version })

export const visitApi = {
  plan: (hallId: string) => api.get<HallPlan>(`/api/hall-plans/${encodeURIComponent(hallId)}`),
  /** the hall's usual queue by hour, from the ticket queue's history */
  busy: (hallId: string) => api.get<BusyHoursResponse>(`/api/halls/${encodeURIComponent(hallId)}/busy-hours`),
  hallItems: (hallId: string, page: number) => api.get<HallDetail>(`/api/halls/${encodeURIComponent(hallId)}`, { page, pageSize: 20 }),
  take: (body: TakeTicketRequest, idempotencyKey: string) => api.post<Ticket>('/api/tickets', body, { idempotencyKey }),
  arrive: (body: ArriveRequest, idempotencyKey: string) => api.post<Ticket>('/api/tickets/arrive', body, { idempotencyKey }),
  mine: () => api.get<ListResponse<Ticket>>('/api/tickets'),
  appointments: () => api.get<ListResponse<Appointment>>('/api/appointments'),
  /** With a version, the answer comes when the hall's queue changes (long polling), no retries: the loop decides. */
  ticket: (id: string, version?: number) => api.get<Ticket>(`/api/tickets/${encodeURIComponent(id)}`, held(version), { timeoutMs: HOLD_TIMEOUT_MS, retries: version === undefined ? undefined : 0 }),
  rejoin: (id: string) => api.post<Ticket>(`/api/tickets/${encodeURIComponent(id)}/rejoin`),
  cancel: (id: string) => api.delete<Ticket>(`/api/tickets/${encodeURIComponent(id)}`),
  window: (version?: number) => api.get<WindowQueue>('/api/clerk/window', held(version), { timeoutMs: HOLD_TIMEOUT_MS, retries: version === undefined ? undefined : 0 }),
  callNext: () => api.post<WindowQueue>('/api/clerk/window/call-next'),
  recall: () => api.post<WindowQueue>('/api/clerk/window/recall'),
  revealId: () => api.post<RevealIdResponse>('/api/clerk/window/reveal-id'),
  attachCode: (code: string) => api.post<WindowQueue>('/api/clerk/window/documents', { code }),
  miss: () => api.post<WindowQueue>('/api/clerk/window/miss'),
  complete: (body: CompleteRequest) => api.post<WindowQueue>('/api/clerk/window/complete', body),
}

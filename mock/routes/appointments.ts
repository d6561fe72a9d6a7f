import { CheckInBody, CreateAppointmentBody, ReminderBody, RescheduleBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { clock } from '../clock'
import { book, cancel, checkIn, getAppointment, listAppointments, recordReminder, reschedule } from '../domain/appointments'

const OWNERS = ['resident', 'business'] as const

export const appointmentRoutes: RouteModule = (store) => [
  route({
    method: 'POST',
    path: '/api/appointments',
    roles: [...OWNERS],
    idempotent: true,
    body: CreateAppointmentBody,
    handler: ({ principal, body }) => ({ status: 201, body: book(store, principal.userId, body, clock.nowMs()) }),
  }),
  {
    method: 'GET',
    path: '/api/appointments',
    roles: [...OWNERS],
    handler: ({ principal }) => {
      const items = listAppointments(store, principal.userId, clock.nowMs())
      return { body: { items, total: items.length } }
    },
  },
  {
    method: 'GET',
    path: '/api/appointments/:id',
    roles: [...OWNERS],
    handler: ({ principal, params }) => ({ body: getAppointment(store, principal.userId, params.id, clock.nowMs()) }),
  },
  route({
    method: 'PATCH',
    path: '/api/appointments/:id',
    roles: [...OWNERS],
    body: RescheduleBody,
    handler: ({ principal, params, body }) => ({ body: reschedule(store, principal.userId, params.id, body.start, clock.nowMs()) }),
  }),
  {
    method: 'DELETE',
    path: '/api/appointments/:id',
    roles: [...OWNERS],
    handler: ({ principal, params }) => ({ body: cancel(store, principal.userId, params.id, clock.nowMs()) }),
  },
  route({
    method: 'POST',
    path: '/api/appointments/:id/reminder',
    roles: [...OWNERS],
    body: ReminderBody,
    handler: ({ principal, params, body }) => ({ body: recordReminder(store, principal.userId, params.id, body, clock.nowMs()) }),
  }),
  route({
    method: 'POST',
    path: '/api/appointments/:id/check-in',
    roles: ['clerk'],
    body: CheckInBody,
    handler: ({ params, body }) => ({ body: checkIn(store, params.id, body, clock.nowMs()) }),
  }),
]

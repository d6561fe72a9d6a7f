import { CheckInBody, CreateAppointmentBody, ReminderBody, RescheduleBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { clock } from '../clock'
import { fail } from '../errors'
import { limitAttempts } from '../attempts'
import { book, cancel, checkIn, getAppointment, listAppointments, recordReminder, reschedule } from './domain'
import { wholeList } from '../paging'

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
      return { body: wholeList(items) }
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
    // Wrong codes count against the clerk like safe codes do: 6 digits are too few to leave open to guessing.
    handler: ({ principal, params, body }) => {
      if (!principal.hallId) throw fail.forbidden('仅窗口工作人员可以签到')
      const hallId = principal.hallId
      return { body: limitAttempts(store, principal.userId, clock.now(), () => checkIn(store, params.id, hallId, body, clock.nowMs())) }
    },
  }),
]

import type { MockFeature } from '../http'

export const appointmentsFeature: MockFeature = {
  name: 'appointments',
  prefixes: ['/api/appointments'],
  load: () => import(/* webpackChunkName: "mock-appointments" */ './routes').then((m) => m.appointmentRoutes),
}

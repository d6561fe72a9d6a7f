import type { MockFeature } from '../http'

export const remindersFeature: MockFeature = {
  name: 'reminders',
  prefixes: ['/api/reminders'],
  load: () => import(/* webpackChunkName: "mock-reminders" */ './routes').then((m) => m.remindersRoutes),
}

import type { MockFeature } from '../http'

/** 政务专递: the address book, 寄件 and the clerk's 寄出 (the longest prefix owns a path: /api/clerk/mail is ours, not the clerk's). */
export const mailFeature: MockFeature = {
  name: 'mail',
  prefixes: ['/api/addresses', '/api/mail', '/api/clerk/mail'],
  load: () => import(/* webpackChunkName: "mock-mail" */ './routes').then((m) => m.mailRoutes),
}

import { CreateCodeBody, UploadMaterialBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { clock } from '../clock'
import { documentsOf, ownDocument, uploadMaterial, deleteMaterial } from './documents'
import { codeOf, createCode, listCodes, revokeCode } from './codes'
import { accessLogOf } from './access-log'
import { wholeList } from '../paging'

const OWNERS: ['resident', 'business'] = ['resident', 'business']

/** 数字保险箱: documents, uploads, codes and the access log, all the owner's own. */
export const safeRoutes: RouteModule = (store) => [
  {
    method: 'GET',
    path: '/api/safe/documents',
    roles: OWNERS,
    handler: ({ principal }) => {
      const items = documentsOf(store, principal.userId)
      return { body: wholeList(items) }
    },
  },
  route({
    method: 'POST',
    path: '/api/safe/documents',
    roles: OWNERS,
    idempotent: true,
    body: UploadMaterialBody,
    handler: ({ principal, body }) => ({ status: 201, body: uploadMaterial(store, principal.userId, body, clock.now()) }),
  }),
  {
    method: 'GET',
    path: '/api/safe/documents/:id',
    roles: OWNERS,
    handler: ({ principal, params }) => ({ body: ownDocument(store, principal.userId, params.id) }),
  },
  {
    method: 'DELETE',
    path: '/api/safe/documents/:id',
    roles: OWNERS,
    handler: ({ principal, params }) => {
      deleteMaterial(store, principal.userId, params.id)
      return { body: { ok: true } }
    },
  },
  route({
    method: 'POST',
    path: '/api/safe/codes',
    roles: OWNERS,
    idempotent: true,
    body: CreateCodeBody,
    handler: ({ principal, body }) => ({ status: 201, body: createCode(store, principal.userId, body, clock.now()) }),
  }),
  {
    method: 'GET',
    path: '/api/safe/codes',
    roles: OWNERS,
    handler: ({ principal }) => {
      const items = listCodes(store, principal.userId, clock.now())
      return { body: wholeList(items) }
    },
  },
  {
    method: 'GET',
    path: '/api/safe/codes/:id',
    roles: OWNERS,
    handler: ({ principal, params }) => ({ body: codeOf(store, principal.userId, params.id, clock.now()) }),
  },
  {
    method: 'DELETE',
    path: '/api/safe/codes/:id',
    roles: OWNERS,
    handler: ({ principal, params }) => ({ body: revokeCode(store, principal.userId, params.id, clock.now()) }),
  },
  {
    method: 'GET',
    path: '/api/safe/access-log',
    roles: OWNERS,
    handler: ({ principal }) => {
      const items = accessLogOf(store, principal.userId)
      return { body: wholeList(items) }
    },
  },
]

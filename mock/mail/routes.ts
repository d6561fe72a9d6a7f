import { AddressBody, DispatchBody, MailInBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { clock } from '../clock'
import { wholeList } from '../paging'
import { addAddress, addressesOf, awaitingDispatch, bookMailIn, deleteAddress, dispatch, pickupSlots, updateAddress } from './domain'

/** 政务专递: the address book, 寄件 (pickup slots and booking) and the clerk's 寄出 (README's API section). */
export const mailRoutes: RouteModule = (store) => [
  {
    method: 'GET',
    path: '/api/addresses',
    roles: ['resident', 'business'],
    handler: ({ principal }) => ({ body: wholeList(addressesOf(store, principal.userId)) }),
  },
  route({
    method: 'POST',
    path: '/api/addresses',
    roles: ['resident', 'business'],
    idempotent: true,
    body: AddressBody,
    handler: ({ principal, body }) => ({ status: 201, body: addAddress(store, principal.userId, body, clock.now()) }),
  }),
  route({
    method: 'PATCH',
    path: '/api/addresses/:id',
    roles: ['resident', 'business'],
    body: AddressBody,
    handler: ({ principal, params, body }) => ({ body: updateAddress(store, principal.userId, params.id, body, clock.now()) }),
  }),
  {
    method: 'DELETE',
    path: '/api/addresses/:id',
    roles: ['resident', 'business'],
    handler: ({ principal, params }) => {
      deleteAddress(store, principal.userId, params.id)
      return { body: { ok: true } }
    },
  },
  {
    method: 'GET',
    path: '/api/mail/pickup-slots',
    roles: ['resident', 'business'],
    handler: () => ({ body: wholeList(pickupSlots(clock.now())) }),
  },
  route({
    method: 'POST',
    path: '/api/mail/pickups',
    roles: ['resident', 'business'],
    idempotent: true,
    body: MailInBody,
    handler: ({ principal, body }) => ({ status: 201, body: bookMailIn(store, principal.userId, body, clock.now()) }),
  }),
  {
    method: 'GET',
    path: '/api/clerk/mail',
    roles: ['clerk'],
    handler: () => ({ body: wholeList(awaitingDispatch(store, clock.now())) }),
  },
  route({
    method: 'POST',
    path: '/api/clerk/mail/:caseId/dispatch',
    roles: ['clerk'],
    body: DispatchBody,
    handler: ({ principal, params, body }) => ({ body: dispatch(store, principal.userId, params.caseId, body.waybill, clock.now()) }),
  }),
]

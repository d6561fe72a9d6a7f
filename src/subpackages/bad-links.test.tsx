/**
 * H5 side of "every page survives a bad link" (the weapp side: scripts/test-weapp.js opens every page with an
 * empty, unknown and malformed query): each page that shows one record, opened with no id or an id that names
 * nothing, says so and offers the way home, against the real mock backend.
 */
import type { ComponentType } from 'react'
import { act, render, screen, waitFor } from '@testing-library/react'
import { useMockBackend } from '../../test/mock-server'
import { useSession } from '@/shared/session'
import { clock } from '../../mock/clock'

const NOW = new Date('2026-11-23T02:00:00Z')

type Role = 'resident' | 'business'
const PAGES: Array<[string, () => { default: ComponentType }, Role]> = [
  ['catalogue/item', () => require('./catalogue/item/index'), 'resident'],
  ['bundles/detail', () => require('./bundles/detail/index'), 'resident'],
  ['bundles/apply', () => require('./bundles/apply/index'), 'resident'],
  ['cases/detail', () => require('./cases/detail/index'), 'resident'],
  ['policies/detail', () => require('./policies/detail/index'), 'resident'],
  ['policies/apply', () => require('./policies/apply/index'), 'business'],
  ['policies/application', () => require('./policies/application/index'), 'business'],
  ['safe/document', () => require('./safe/document/index'), 'resident'],
  ['approvals/apply', () => require('./approvals/apply/index'), 'resident'],
  ['halls/hall', () => require('./halls/hall/index'), 'resident'],
  ['appointments/appointment', () => require('./appointments/appointment/index'), 'resident'],
]

describe('pages opened from a bad link (H5)', () => {
  useMockBackend()
  beforeEach(() => clock.freeze(NOW))
  afterEach(() => {
    delete (globalThis as { __routerParams?: unknown }).__routerParams
  })

  describe.each(PAGES)('%s', (_name, load, role) => {
    it.each([
      ['no id', {}],
      ['an unknown id', { id: 'no-such-id', itemId: 'no-such-item' }],
    ])('opened with %s shows not-found with a way home', async (_kind, params) => {
      await act(async () => { await useSession.getState().signIn(role) })
      ;(globalThis as { __routerParams?: unknown }).__routerParams = params
      const errors = jest.spyOn(console, 'error')
      const Page = load().default
      render(<Page />)
      await waitFor(() => expect(screen.getByTestId('not-found-state')).toBeInTheDocument(), { timeout: 4000 })
      expect(screen.getByText('没有找到要打开的内容')).toBeInTheDocument()
      expect(screen.getByTestId('not-found-home')).toBeInTheDocument()
      expect(errors).not.toHaveBeenCalled()
      errors.mockRestore()
    })
  })
})

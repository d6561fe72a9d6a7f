import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { DemoLoginResponse } from '@/contract'
import { authToken } from '@/shared/api'
import { useSession } from '@/shared/session'
import { DEMO_STAFF, useMockBackend } from '../../../../test/mock-server'
import { clock } from '../../../../mock/clock'
import { createCase, getCase, recordStep } from '../../../../mock/cases/domain'
import { addAddress, deliveryFor } from '../../../../mock/mail/domain'
import { DispatchDesk } from '../index'

describe('寄出 (the clerk posts a result)', () => {
  const { backend } = useMockBackend()
  afterEach(() => act(() => useSession.setState({ token: null, user: null })))

  it('lists finished cases going by post, refuses a malformed waybill, and sends with a valid one', async () => {
    const now = clock.now()
    const address = addAddress(backend.store, 'u-someone', { province: '广东省', city: '广州市', district: '番禺区', street: '市桥街道清河东路 1 号', recipient: '陈志明', phone: '13926045678' }, now)
    const c = createCase(backend.store, { ownerId: 'u-someone', title: '新生儿出生一件事', source: 'bundle', sourceId: 'newborn', itemIds: ['birth-hukou'], delivery: deliveryFor(backend.store, 'u-someone', { method: 'post', addressId: address.id }) }, now)
    recordStep(backend.store, c.id, { status: 'approved', event: { kind: 'approved', text: '已办结' } }, now)
    const res = await backend.handle({ method: 'POST', url: '/api/auth/staff-login', headers: {}, body: DEMO_STAFF })
    const session = res.body as DemoLoginResponse
    authToken.set(session.token)
    act(() => useSession.setState({ token: session.token, user: session.user }))

    render(<DispatchDesk />)
    const item = await screen.findByTestId('clerk-mail-item')
    expect(item.textContent).toContain('陈志明 139****5678')
    const input = screen.getByTestId('clerk-waybill')
    fireEvent(input, new CustomEvent('input', { detail: { value: 'EA123456784CN' }, bubbles: true }))
    fireEvent.click(screen.getByTestId('clerk-dispatch'))
    expect(screen.getByTestId('clerk-waybill-error').textContent).toContain('运单号应为 EMS 格式')
    expect(getCase(backend.store, c.id)!.delivery!.waybill).toBeUndefined()
    fireEvent(input, new CustomEvent('input', { detail: { value: 'ea 123456785 cn' }, bubbles: true }))
    fireEvent.click(screen.getByTestId('clerk-dispatch'))
    await waitFor(() => expect(getCase(backend.store, c.id)!.delivery!.waybill).toBe('EA123456785CN'))
    await screen.findByText('暂无需要邮寄的办理结果')
  })
})

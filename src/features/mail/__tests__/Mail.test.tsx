import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { DemoLoginResponse } from '@/contract'
import { authToken } from '@/shared/api'
import { useSession } from '@/shared/session'
import { useMockBackend } from '../../../../test/mock-server'
import { addAddress } from '../../../../mock/mail/domain'
import { clock } from '../../../../mock/clock'
import { AddressBook, AddressForm, DeliveryChoice, type DeliveryDraft } from '../index'
import { useAddressDrafts } from '../draft'
import { CaseDetail } from '@/features/cases'
import { createCase } from '../../../../mock/cases/domain'

function type(testId: string, value: string) {
  const el = screen.getByTestId(testId)
  fireEvent(el, new CustomEvent('input', { detail: { value }, bubbles: true }))
  fireEvent(el, new CustomEvent('blur', { detail: { value } }))
}
const click = (testId: string) => fireEvent.click(screen.getByTestId(testId))
const HOME = { province: '广东省', city: '广州市', district: '番禺区', street: '市桥街道清河东路 1 号', recipient: '陈志明', phone: '13926045678' }

describe('政务专递 screens', () => {
  const { backend } = useMockBackend()
  let userId = ''

  beforeEach(async () => {
    const res = await backend.handle({ method: 'POST', url: '/api/auth/demo-login', headers: {}, body: { role: 'resident' } })
    const session = res.body as DemoLoginResponse
    userId = session.user.id
    authToken.set(session.token)
    act(() => {
      useSession.setState({ token: session.token, user: session.user })
      useAddressDrafts.setState({ drafts: {} })
    })
  })
  afterEach(() => act(() => useSession.setState({ token: null, user: null })))

  it('checks the address as it is typed, keeps the draft on the phone, and saves it with the phone masked in the book', async () => {
    const back = jest.spyOn(Taro, 'navigateBack').mockImplementation(() => Promise.resolve() as never)
    render(<AddressForm />)
    type('address-street', '1号')
    type('address-phone-input', '1392604')
    expect(screen.getByText('详细地址 5–80 字（街道、门牌号）')).toBeInTheDocument()
    expect(screen.getByText('请输入 11 位手机号码')).toBeInTheDocument()
    click('address-save')
    expect(screen.getByTestId('address-errors').textContent).toBe('还有 4 项需要修改')
    fireEvent.click(screen.getByText('番禺区'))
    type('address-street', HOME.street)
    type('address-recipient', HOME.recipient)
    type('address-phone-input', HOME.phone)
    expect(JSON.stringify(Taro.getStorageSync('address-drafts'))).toContain(HOME.street)
    click('address-save')
    await waitFor(() => expect(back).toHaveBeenCalled())
    expect(useAddressDrafts.getState().drafts).toEqual({})

    render(<AddressBook />)
    const card = await screen.findByTestId('address-card')
    expect(card.textContent).toContain('广东省广州市番禺区 市桥街道清河东路 1 号')
    expect(card.textContent).toContain('139****5678')
    expect(document.body.innerHTML).not.toContain(HOME.phone)
    expect(card.textContent).toContain('默认')
  })

  it('offers 窗口领取 or 邮寄到家, picking the default address when post is chosen', async () => {
    const other = addAddress(backend.store, userId, { ...HOME, street: '大石街道105国道大石段 8 号' }, clock.now())
    const home = addAddress(backend.store, userId, { ...HOME, isDefault: true }, clock.now())
    const seen: DeliveryDraft[] = []
    function Harness() {
      const [value, setValue] = useState<DeliveryDraft>({ method: 'window' })
      seen.push(value)
      return <DeliveryChoice value={value} onChange={setValue} />
    }
    render(<Harness />)
    expect(screen.queryByTestId('delivery-addresses')).toBeNull()
    click('delivery-post')
    await waitFor(() => expect(seen.at(-1)).toEqual({ method: 'post', addressId: home.id }))
    const options = await screen.findAllByTestId('delivery-address')
    expect(options).toHaveLength(2)
    fireEvent.click(options[1])
    expect(seen.at(-1)).toEqual({ method: 'post', addressId: other.id })
    click('delivery-window')
    expect(seen.at(-1)).toEqual({ method: 'window' })
  })

  it('寄件: books a pickup slot for an open case; the card shows the waybill and the timeline its line', async () => {
    addAddress(backend.store, userId, HOME, clock.now())
    const c = createCase(backend.store, { ownerId: userId, title: '扶残助残一件事', source: 'bundle', sourceId: 'disability', itemIds: ['disability-card'] }, clock.now())
    render(<CaseDetail id={c.id} />)
    click(await screen.findByTestId('mail-in-open').then((el) => el.getAttribute('data-testid')!))
    click('pickup-confirm')
    expect(screen.getByText('请选择取件时间')).toBeInTheDocument()
    fireEvent.click((await screen.findAllByTestId('pickup-slot'))[0])
    await waitFor(() => expect(screen.getByText(/陈志明 · 番禺区/)).toBeInTheDocument())
    click('pickup-confirm')
    const booked = await screen.findByTestId('mail-in-booked')
    expect(booked.textContent).toMatch(/^已预约 \d{4}-\d{2}-\d{2} 09:00–12:00 上门取件$/)
    expect(screen.getByTestId('mail-in').textContent).toMatch(/EMS 政务专递 · 运单号 EM\d{9}CN/)
    await waitFor(() => expect(document.querySelector('[data-kind="mail-in"]')).not.toBeNull())
  })
})

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { colors } from '@/shared/ui'
import { useSession } from '@/shared/session'
import { useMockBackend, signInAs } from '../../../../test/mock-server'
import { clock } from '../../../../mock/clock'
import type { Appointment } from '@/contract'
import { AppointmentDetail, BookingForm } from '../screens'
import { BOOKING_DAYS } from '@/contract'
import { localDate } from '../../../../mock/calendar'
// the .ics writer is H5-only (reminder.h5.ts); weapp asks for a subscribe message instead
import { buildIcs } from '../reminder.h5'

const NOW = '2026-11-23T09:10:00+08:00'
// a booking walks several requests through msw; CI shares two cores with builds
jest.setTimeout(20_000)

describe('booking and my appointment', () => {
  const { backend } = useMockBackend()
  beforeEach(() => clock.freeze(NOW))
  // each test signs in afresh on a fresh backend: no session of the test before
  afterEach(() => act(() => useSession.setState({ token: null, user: null })))

  it('books the earliest free slot with the profile contact, then shows the check-in code', async () => {
    await signInAs(backend, 'resident')
    const onBooked = jest.fn()
    render(<BookingForm hallId='centre' itemId='residence-permit' onBooked={onBooked} />)
    await waitFor(() => expect(screen.getAllByTestId('slot').length).toBeGreaterThan(0), { timeout: 10_000 })
    expect(screen.getByTestId('booking-confirm')).toHaveAttribute('disabled')
    const earliest = screen.getAllByTestId('slot')[0]
    fireEvent.click(earliest)
    fireEvent.click(screen.getByTestId('booking-confirm'))
    await waitFor(() => expect(onBooked).toHaveBeenCalled())
    const booked = onBooked.mock.calls[0][0] as Appointment
    expect(booked.start).toBe(earliest.getAttribute('data-start'))
    expect(booked.contactPhoneMasked).toBe('139****5678')

    render(<AppointmentDetail id={booked.id} />)
    expect(await screen.findByTestId('checkin-qr')).toBeInTheDocument()
    expect(screen.getByText(`签到码 ${booked.checkinCode.slice(0, 3)} ${booked.checkinCode.slice(3)}`)).toBeInTheDocument()
    // what to bring on the day, from the item's guide; the ID card can be shown from the safe
    await waitFor(() => expect(screen.getAllByTestId('appointment-material').length).toBe(3), { timeout: 10_000 })
    const materials = screen.getAllByTestId('appointment-material').map((m) => m.textContent)
    expect(materials[0]).toContain('申请人居民身份证')
    expect(materials[0]).toContain('可出示电子证照')
    expect(materials[2]).toContain('近期免冠彩色照片')
    // cancelling asks first, in red, with words that say what each choice does; keeping it changes nothing
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    fireEvent.click(screen.getByTestId('appointment-cancel'))
    await waitFor(() => expect(modal).toHaveBeenCalled())
    const asked = modal.mock.calls[0][0]!
    expect(asked).toMatchObject({ title: '取消这次预约？', confirmText: '确认取消', cancelText: '保留预约', confirmColor: colors.danger })
    expect(asked.content).toContain('释放给他人')
    expect(asked.confirmText).not.toBe(asked.title)
    modal.mockRestore()
    expect(backend.store.collection<Appointment>('appointments').get(booked.id)!.status).toBe('booked')
  })

  it('books the 情形 chosen on the guide: named under the item, on the appointment, and its materials to bring', async () => {
    await signInAs(backend, 'resident')
    const onBooked = jest.fn()
    render(<BookingForm hallId='centre' itemId='gaj-0-0-p' situationId='lost' onBooked={onBooked} />)
    expect(await screen.findByText('遗失补领')).toBeInTheDocument()
    expect(screen.getByTestId('booking-situation')).toHaveTextContent('办理情形')
    await waitFor(() => expect(screen.getAllByTestId('slot').length).toBeGreaterThan(0), { timeout: 10_000 })
    fireEvent.click(screen.getAllByTestId('slot')[0])
    fireEvent.click(screen.getByTestId('booking-confirm'))
    await waitFor(() => expect(onBooked).toHaveBeenCalled(), { timeout: 10_000 })
    const booked = onBooked.mock.calls[0][0] as Appointment
    expect(booked).toMatchObject({ situationId: 'lost', situationName: '遗失补领' })

    render(<AppointmentDetail id={booked.id} />)
    expect(await screen.findByTestId('appointment-situation')).toHaveTextContent('办理情形：遗失补领')
    // 遗失补领's materials, not the item's default (首次申领) ones: the statement of the loss is on the list
    await waitFor(() => expect(screen.getAllByTestId('appointment-material').length).toBe(3), { timeout: 10_000 })
    expect(screen.getAllByTestId('appointment-material').map((m) => m.textContent).join('|')).toContain('遗失情况说明')
  })

  it('lists the item\'s own materials for a booking without a 情形 (older bookings)', async () => {
    const token = await signInAs(backend, 'resident')
    const slots = (await backend.handle({ method: 'GET', url: '/api/halls/centre/slots?itemId=gaj-0-0-p&date=2026-11-26', headers: {} })).body as { items: Array<{ start: string }> }
    const res = await backend.handle({ method: 'POST', url: '/api/appointments', headers: { authorization: `Bearer ${token}` }, body: { hallId: 'centre', itemId: 'gaj-0-0-p', start: slots.items[0].start } })
    const booked = res.body as Appointment
    render(<AppointmentDetail id={booked.id} />)
    await waitFor(() => expect(screen.getAllByTestId('appointment-material').length).toBe(2), { timeout: 10_000 })
    expect(screen.queryByText('遗失情况说明')).toBeNull()
    expect(screen.queryByTestId('appointment-situation')).toBeNull()
  })

  it("offers the server's days when the phone's clock is two days behind", async () => {
    const serverNow = Date.now() + 2 * 86_400_000
    clock.freeze(serverNow)
    const serverToday = localDate(serverNow)
    const phoneToday = localDate(Date.now())
    await signInAs(backend, 'resident')
    render(<BookingForm hallId='centre' itemId='residence-permit' onBooked={jest.fn()} />)
    expect(await screen.findByTestId(`slot-date-${serverToday}`)).toBeInTheDocument()
    const offered = screen.getAllByTestId(/^slot-date-/).map((chip) => chip.getAttribute('data-testid')!.slice('slot-date-'.length))
    expect(offered).toHaveLength(BOOKING_DAYS)
    expect(offered[0]).toBe(serverToday)
    expect(offered).not.toContain(phoneToday)
  })

  it('writes a calendar file with the time, place and an alarm', () => {
    const ics = buildIcs({ id: 'apt_1', start: '2026-11-26T10:00:00+08:00', end: '2026-11-26T10:30:00+08:00', itemName: '居住证申领', hallName: '番禺区政务服务中心', hallAddress: '清河东路 333 号, 市桥' } as Appointment, '2026-11-23T01:10:00.000Z')
    expect(ics).toContain('DTSTART:20261126T020000Z')
    expect(ics).toContain('DTEND:20261126T023000Z')
    expect(ics).toContain('LOCATION:番禺区政务服务中心 清河东路 333 号\\, 市桥')
    expect(ics).toContain('TRIGGER:-PT1H')
    expect(ics.split('\r\n')[0]).toBe('BEGIN:VCALENDAR')
  })
})

import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useMockBackend, signInAs } from '../../../../test/mock-server'
import { clock } from '../../../../mock/clock'
import { book } from '../../../../mock/appointments/domain'
import { SlotPicker } from '../screens'

// Monday 23 Nov 2026 09:10 in Panyu (the app reads the server's clock from each response)
const NOW = '2026-11-23T09:10:00+08:00'
const DATE = '2026-11-26'
const FULL = '2026-11-26T10:00:00+08:00'

describe('SlotPicker', () => {
  const { backend } = useMockBackend()

  beforeEach(() => clock.freeze(NOW))

  it('shows a full slot but will not let it be chosen; a free one can be', async () => {
    for (let i = 0; i < 10; i++) book(backend.store, `u-other-${i}`, { hallId: 'centre', itemId: 'residence-permit', start: FULL }, Date.parse(NOW))
    const onSelect = jest.fn()
    render(<SlotPicker hallId='centre' itemId='residence-permit' date={DATE} onDate={() => undefined} onSelect={onSelect} />)
    const full = await screen.findByTestId('slot-full')
    expect(full).toHaveAttribute('data-start', FULL)
    expect(full).toHaveAttribute('aria-disabled', 'true')
    expect(full).toHaveTextContent('已满')
    fireEvent.click(full)
    expect(onSelect).not.toHaveBeenCalled()
    const free = screen.getAllByTestId('slot')[0]
    expect(free).toHaveTextContent('余 10')
    fireEvent.click(free)
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ start: '2026-11-26T09:00:00+08:00', capacity: 10, booked: 0 }))
  })

  it('says why a day has no slots', async () => {
    render(<SlotPicker hallId='town-shiqiao' itemId='residence-permit' date='2026-11-29' onDate={() => undefined} onSelect={() => undefined} />)
    expect(await screen.findByText('当天不开放预约')).toBeInTheDocument()
  })

  it('offers seven days to choose from and reports the chosen one', async () => {
    await signInAs(backend, 'resident')
    const onDate = jest.fn()
    render(<SlotPicker hallId='centre' itemId='residence-permit' date={DATE} onDate={onDate} onSelect={() => undefined} />)
    await waitFor(() => expect(screen.getAllByTestId('slot').length).toBeGreaterThan(0))
    const tabs = document.querySelectorAll('[data-testid^="slot-date-"]')
    expect(tabs).toHaveLength(7)
    fireEvent.click(tabs[4])
    expect(onDate).toHaveBeenCalledWith(tabs[4].getAttribute('data-testid')!.replace('slot-date-', ''))
  })
})

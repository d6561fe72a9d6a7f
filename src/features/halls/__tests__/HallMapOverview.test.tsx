import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { HallWithDistance } from '@/contract'
import { HallMap } from '../map/HallMap'
import { fitDistrict } from '../map/districtOutline'

jest.mock('mapbox-gl')

const hall = (id: string, kind: HallWithDistance['kind'], lng: number, lat: number) => ({ id, kind, lng, lat, name: id }) as HallWithDistance

describe('the H5 hall map before mapbox-gl', () => {
  const halls = [hall('centre', 'centre', 113.384, 22.937), hall('k1', 'kiosk', 113.3, 23.0), hall('t1', 'town', 113.5, 22.9)]

  it('draws every place, and a tap on one selects it without loading the map engine', () => {
    const onSelect = jest.fn()
    const onError = jest.fn()
    render(<HallMap halls={halls} onSelect={onSelect} onError={onError} />)
    const dots = screen.getAllByTestId('overview-dot')
    // drawn kiosks first, (sub-)centres last, so the biggest places stay on top
    expect(dots.map((d) => d.getAttribute('data-kind'))).toEqual(['kiosk', 'town', 'centre'])
    fireEvent.click(dots[2])
    expect(onSelect).toHaveBeenCalledWith(halls[0])
    expect(onError).not.toHaveBeenCalled()
  })

  it('loads the interactive map when asked to zoom', async () => {
    const onError = jest.fn()
    render(<HallMap halls={halls} onSelect={jest.fn()} onError={onError} />)
    fireEvent.click(screen.getByTestId('map-zoom-in'))
    // jsdom has no WebGL: the loaded engine says so, and the screen falls back to the list
    await waitFor(() => expect(onError).toHaveBeenCalledWith(new Error('WebGL unavailable')))
  })
})

describe('fitting the district into the map box', () => {
  it('keeps the district inside the padding, centred on the shorter side', () => {
    const project = fitDistrict(300, 400, 12)
    const [west, north] = project(113.22668, 23.10055)
    const [east, south] = project(113.55488, 22.86765)
    expect(Math.min(west, 300 - east)).toBeCloseTo(12, 0)
    expect(north).toBeGreaterThan(12)
    expect(north).toBeCloseTo(400 - south, 5)
  })
})

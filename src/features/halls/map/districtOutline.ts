import district from './district.json'

type Ring = number[][]

/** Fill colours of the town areas, in turn. */
export const TOWN_TINTS = ['#E8F3FF', '#F0F7EA', '#FFF7E8', '#F3EEFF']

/** The district's outline ring (lng, lat in WGS-84). */
export function districtRing(): Ring {
  return (district.features[0].geometry.coordinates as Ring[])[0]
}

/** The town areas' outlines, in the file's order. */
export function townRings(): Ring[] {
  return district.features.filter((f) => f.properties.kind === 'town-area').map((f) => (f.geometry.coordinates as Ring[])[0])
}

/** South-west and north-east corners of the district. */
export function districtBounds(): [[number, number], [number, number]] {
  const ring = districtRing()
  const lngs = ring.map((p) => p[0])
  const lats = ring.map((p) => p[1])
  return [[Math.min(...lngs), Math.min(...lats)], [Math.max(...lngs), Math.max(...lats)]]
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
const radians = (lng: number) => (lng * Math.PI) / 180

/**
 * Web Mercator, as the interactive map draws, fitted into a box of
 * width × height pixels with `padding` on every side (the map's fitBounds):
 * the overview and the map it turns into show the district at the same place.
 */
export function fitDistrict(width: number, height: number, padding: number): (lng: number, lat: number) => [number, number] {
  const [[west, south], [east, north]] = districtBounds()
  const x0 = radians(west)
  const y0 = mercatorY(north)
  const scale = Math.min((width - 2 * padding) / (radians(east) - x0), (height - 2 * padding) / (y0 - mercatorY(south)))
  const left = (width - (radians(east) - x0) * scale) / 2
  const top = (height - (y0 - mercatorY(south)) * scale) / 2
  return (lng, lat) => [left + (radians(lng) - x0) * scale, top + (y0 - mercatorY(lat)) * scale]
}

/**
 * Writes src/features/halls/map/district.json: Panyu's outline (simplified,
 * hand-traced) and one area per town/street as the Voronoi cell of its
 * service centre clipped to the outline, in WGS-84 for the H5 map.
 *   npx tsx scripts/make-district-geojson.ts
 */
import fs from 'node:fs'
import path from 'node:path'
import { TOWNS } from '../mock/halls/data'
import { gcj02ToWgs84 } from '../mock/halls/geo'

type Pt = [number, number]

/** GCJ-02, clockwise from the north-west, with a margin around every kiosk. */
const OUTLINE: Pt[] = [
  [113.245, 23.075], [113.3, 23.092], [113.36, 23.098], [113.42, 23.094], [113.47, 23.075], [113.52, 23.048],
  [113.552, 23.0], [113.56, 22.95], [113.54, 22.9], [113.49, 22.878], [113.42, 22.868], [113.36, 22.865],
  [113.31, 22.874], [113.27, 22.91], [113.245, 22.955], [113.232, 23.015],
]

/** Sutherland–Hodgman against the half-plane nearer to a than to b. */
function clip(poly: Pt[], a: Pt, b: Pt): Pt[] {
  const mx = (a[0] + b[0]) / 2
  const my = (a[1] + b[1]) / 2
  const nx = b[0] - a[0]
  const ny = b[1] - a[1]
  const side = (p: Pt) => (p[0] - mx) * nx + (p[1] - my) * ny
  const out: Pt[] = []
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i]
    const q = poly[(i + 1) % poly.length]
    const sp = side(p)
    const sq = side(q)
    if (sp <= 0) out.push(p)
    if ((sp < 0 && sq > 0) || (sp > 0 && sq < 0)) {
      const k = sp / (sp - sq)
      out.push([p[0] + (q[0] - p[0]) * k, p[1] + (q[1] - p[1]) * k])
    }
  }
  return out
}

const toWgs = (p: Pt): Pt => {
  const w = gcj02ToWgs84(p[0], p[1])
  return [Number(w.lng.toFixed(5)), Number(w.lat.toFixed(5))]
}
const ring = (poly: Pt[]) => [...poly.map(toWgs), toWgs(poly[0])]

const towns = TOWNS.map((town) => {
  const site: Pt = [town.lng, town.lat]
  let cell = OUTLINE
  for (const other of TOWNS) if (other !== town) cell = clip(cell, site, [other.lng, other.lat])
  return { type: 'Feature', properties: { kind: 'town-area', name: town.name }, geometry: { type: 'Polygon', coordinates: [ring(cell)] } }
})

const collection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { kind: 'district', name: '番禺区' }, geometry: { type: 'Polygon', coordinates: [ring(OUTLINE)] } }, ...towns],
}
const file = path.join(__dirname, '../src/features/halls/map/district.json')
fs.writeFileSync(file, JSON.stringify(collection))
console.log(`wrote ${file} (${fs.statSync(file).size} bytes)`)

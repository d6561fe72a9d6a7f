import type { Style } from 'mapbox-gl'
import { buildStyle, loadMapStyle, mapBase } from './mapStyle'

const AMAP = 'https://webrd01.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}'
const REMOTE: Style = {
  version: 8,
  glyphs: 'https://tiles.example.gov.cn/fonts/{fontstack}/{range}.pbf',
  sources: { streets: { type: 'vector', url: 'https://tiles.example.gov.cn/streets.json' } },
  layers: [{ id: 'roads', type: 'line', source: 'streets', 'source-layer': 'road' }],
}
const layerIds = (style: Style) => (style.layers ?? []).map((l) => l.id)
const opacity = (style: Style, id: string) => ((style.layers ?? []).find((l) => l.id === id) as unknown as { paint: Record<string, unknown> }).paint['fill-opacity']

describe('H5 map style from TARO_APP_MAP_STYLE', () => {
  it('reads the setting: empty is the schematic, {z} a tile template, anything else a style URL', () => {
    expect(mapBase('')).toEqual({ kind: 'schematic' })
    expect(mapBase('  ')).toEqual({ kind: 'schematic' })
    expect(mapBase(undefined)).toEqual({ kind: 'schematic' })
    expect(mapBase(AMAP)).toEqual({ kind: 'raster', tiles: AMAP })
    expect(mapBase(' https://tiles.example.gov.cn/style.json ')).toEqual({ kind: 'style', url: 'https://tiles.example.gov.cn/style.json' })
  })

  it('without a setting draws the schematic offline: no URL anywhere in the style, opaque district', () => {
    const style = buildStyle(mapBase(''))
    expect(JSON.stringify(style)).not.toMatch(/https?:/)
    expect(layerIds(style)[0]).toBe('background')
    expect(opacity(style, 'district-fill')).toBe(1)
  })

  it('puts a tile service under the overlays, the district only tinted so the streets show', () => {
    const style = buildStyle(mapBase(AMAP))
    expect(style.sources?.tiles).toEqual({ type: 'raster', tiles: [AMAP], tileSize: 256 })
    const ids = layerIds(style)
    expect(ids.indexOf('tiles')).toBeLessThan(ids.indexOf('district-fill'))
    expect(ids.indexOf('tiles')).toBeLessThan(ids.indexOf('halls'))
    expect(opacity(style, 'district-fill')).toBeLessThan(0.5)
  })

  it('opens a style URL with its own sources, layers and glyphs under the halls', async () => {
    const fetchJson = jest.fn(async () => REMOTE)
    const style = await loadMapStyle(mapBase('https://tiles.example.gov.cn/style.json'), fetchJson)
    expect(fetchJson).toHaveBeenCalledWith('https://tiles.example.gov.cn/style.json')
    expect(style.glyphs).toBe(REMOTE.glyphs)
    expect(style.sources?.streets).toEqual(REMOTE.sources?.streets)
    expect(layerIds(style)[0]).toBe('roads')
    expect(layerIds(style)).toEqual(expect.arrayContaining(['halls', 'kiosks', 'kiosk-clusters', 'me']))
    expect(layerIds(style)).not.toContain('background')
  })

  it('falls back to the schematic when the style cannot be fetched or is not a style', async () => {
    const schematic = buildStyle(mapBase(''))
    await expect(loadMapStyle(mapBase('https://tiles.example.gov.cn/style.json'), async () => { throw new Error('offline') })).resolves.toEqual(schematic)
    await expect(loadMapStyle(mapBase('https://tiles.example.gov.cn/style.json'), async () => ({ html: true }))).resolves.toEqual(schematic)
  })
})

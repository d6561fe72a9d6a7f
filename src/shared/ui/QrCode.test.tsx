import jsQR from 'jsqr'
import { qrSvg } from './QrCode'

/** Rasterise the SVG path's unit squares and decode them with jsQR: what a scanner would read. */
function decode(svg: string): string | null {
  const size = Number(/viewBox="0 0 (\d+)/.exec(svg)![1])
  const scale = 4
  const px = size * scale
  const data = new Uint8ClampedArray(px * px * 4).fill(255)
  for (const m of svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const x0 = Number(m[1]) * scale
    const y0 = Number(m[2]) * scale
    for (let y = y0; y < y0 + scale; y++) for (let x = x0; x < x0 + scale; x++) data.fill(0, (y * px + x) * 4, (y * px + x) * 4 + 3)
  }
  return jsQR(data, px, px)?.data ?? null
}

describe('qrSvg', () => {
  it('draws a code that decodes back to the same text, Chinese included', () => {
    const text = 'PYSC1.收件码.eyJhIjoxfQ.c2ln'
    expect(decode(qrSvg(text).svg)).toBe(text)
  })

  it('grows with the payload and keeps a 4-module quiet zone', () => {
    const small = qrSvg('A')
    const large = qrSvg('X'.repeat(200))
    expect(large.modules).toBeGreaterThan(small.modules)
    expect(small.svg).toContain(`viewBox="0 0 ${small.modules + 8} ${small.modules + 8}"`)
    expect(small.svg).not.toMatch(/M[0-3] /)
  })
})

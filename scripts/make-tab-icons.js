/**
 * Renders the tab bar's PNG icons (weapp's tabBar takes PNG files only) from
 * the design system's SVG paths, in both states. Run after changing an icon:
 *   node scripts/make-tab-icons.js
 *
 * They ship in the weapp main package, so each is written small: an icon is
 * one colour at varying opacity, so a palette of that colour at 16 opacities
 * (PLTE + tRNS, one byte a pixel; the antialiased edge in steps of 1/15)
 * instead of RGBA (2 KB → under 1 KB an icon).
 */
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')
const { chromium } = require('playwright-core')

const TABS = { home: 'home', services: 'grid', appointments: 'calendar', safe: 'safe', me: 'user' }
const STATES = { '': '#6B7785', '-active': '#0E5FD8' }
const SIZE = 81
/** opacity steps kept: 0, 17, 34 … 255 */
const LEVELS = 16

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A palette PNG of `color` where each pixel's index stands for its opacity (alphas: one byte a pixel, row by row). */
function palettePng(alphas, width, height, color) {
  const used = [...new Set(alphas)].sort((a, b) => a - b)
  const index = new Map(used.map((a, i) => [a, i]))
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 3, 0, 0, 0], 8) // 8-bit palette, no interlace
  const plte = Buffer.from(used.flatMap(() => [r, g, b]))
  const trns = Buffer.from(used)
  // rows with filter 0 (none) or 2 (up), whichever deflates smaller over the whole image
  const rows = (filter) => Buffer.concat(Array.from({ length: height }, (_, y) => {
    const row = Buffer.alloc(width + 1)
    row[0] = filter
    for (let x = 0; x < width; x += 1) {
      const here = index.get(alphas[y * width + x])
      const above = y > 0 ? index.get(alphas[(y - 1) * width + x]) : 0
      row[x + 1] = filter === 2 ? (here - above) & 0xff : here
    }
    return row
  }))
  const idat = [0, 2].map((f) => zlib.deflateSync(rows(f), { level: 9, memLevel: 9 })).sort((a, b) => a.length - b.length)[0]
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('tRNS', trns), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0)),
  ])
}

async function main() {
  const source = fs.readFileSync(path.join(__dirname, '../src/shared/ui/icons.ts'), 'utf8')
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 })
  for (const [tab, icon] of Object.entries(TABS)) {
    const match = new RegExp(`\\n  '?${icon}'?: '([^']+)'`).exec(source)
    if (!match) throw new Error(`icon ${icon} not found`)
    for (const [suffix, color] of Object.entries(STATES)) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="-1 -1 26 26" fill="none" stroke="${color}" stroke-width="${suffix ? 2 : 1.7}" stroke-linecap="round" stroke-linejoin="round">${match[1]}</svg>`
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
      const shot = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } })
      // the screenshot's opacity per pixel (the colour is the state's everywhere it shows)
      const alphas = await page.evaluate(async (dataUrl) => {
        const img = new Image()
        img.src = dataUrl
        await img.decode()
        const canvas = document.createElement('canvas')
        canvas.width = img.width
        canvas.height = img.height
        const ctx = canvas.getContext('2d')
        ctx.drawImage(img, 0, 0)
        const { data } = ctx.getImageData(0, 0, img.width, img.height)
        return Array.from({ length: data.length / 4 }, (_, i) => data[i * 4 + 3])
      }, `data:image/png;base64,${shot.toString('base64')}`)
      const step = 255 / (LEVELS - 1)
      const quantized = alphas.map((a) => Math.round(Math.round(a / step) * step))
      fs.writeFileSync(path.join(__dirname, `../src/assets/tab/${tab}${suffix}.png`), palettePng(quantized, SIZE, SIZE, color))
    }
  }
  await browser.close()
}

main().catch((e) => { console.error(e); process.exit(1) })

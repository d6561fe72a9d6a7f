/**
 * Renders the H5 app's home-screen and favicon PNGs from web/icon.svg (the same
 * headless Chromium as the tab icons). Run after changing the icon:
 *   node scripts/make-web-icons.js
 */
const fs = require('fs')
const path = require('path')
const { chromium } = require('playwright-core')

const WEB = path.join(__dirname, '../web')
// apple-touch-icon 180 (iOS home screen), 192 and 512 for the manifest (Android), 32 for the tab's favicon.
const SIZES = { 'apple-touch-icon.png': 180, 'icon-192.png': 192, 'icon-512.png': 512, 'favicon-32.png': 32 }

async function main() {
  const svg = fs.readFileSync(path.join(WEB, 'icon.svg'), 'utf8')
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  for (const [file, size] of Object.entries(SIZES)) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 })
    const sized = svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)
    await page.setContent(`<html><body style="margin:0">${sized}</body></html>`)
    await page.screenshot({ path: path.join(WEB, file), clip: { x: 0, y: 0, width: size, height: size } })
    await page.close()
  }
  await browser.close()
}

main().catch((e) => { console.error(e); process.exit(1) })

/**
 * Renders the tab bar's PNG icons (weapp's tabBar takes PNG files only) from
 * the design system's SVG paths, in both states. Run after changing an icon:
 *   node scripts/make-tab-icons.js
 */
const fs = require('fs')
const path = require('path')
const { chromium } = require('playwright-core')

const TABS = { home: 'home', services: 'grid', appointments: 'calendar', safe: 'safe', me: 'user' }
const STATES = { '': '#6B7785', '-active': '#0E5FD8' }

async function main() {
  const source = fs.readFileSync(path.join(__dirname, '../src/shared/ui/icons.ts'), 'utf8')
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  const page = await browser.newPage({ viewport: { width: 81, height: 81 }, deviceScaleFactor: 1 })
  for (const [tab, icon] of Object.entries(TABS)) {
    const match = new RegExp(`\\n  '?${icon}'?: '([^']+)'`).exec(source)
    if (!match) throw new Error(`icon ${icon} not found`)
    for (const [suffix, color] of Object.entries(STATES)) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="-1 -1 26 26" fill="none" stroke="${color}" stroke-width="${suffix ? 2 : 1.7}" stroke-linecap="round" stroke-linejoin="round">${match[1]}</svg>`
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
      await page.screenshot({ path: path.join(__dirname, `../src/assets/tab/${tab}${suffix}.png`), omitBackground: true, clip: { x: 0, y: 0, width: 81, height: 81 } })
    }
  }
  await browser.close()
}

main().catch((e) => { console.error(e); process.exit(1) })

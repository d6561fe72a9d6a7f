/**
 * `npm run test:e2e`: build H5 (skip with E2E_SKIP_BUILD=1), serve it on
 * 127.0.0.1, and walk every journey in e2e/journeys/ in Debian's Chromium at
 * phone size (375×812), saving screenshots to e2e/screenshots/.
 * Run one journey: npm run test:e2e -- home
 */
const fs = require('fs')
const path = require('path')
const { execSync } = require('child_process')
const { chromium } = require('playwright-core')
const { serveStatic, ensureChromium, CHROMIUM_ARGS, expect } = require('../e2e/lib')

const ROOT = path.join(__dirname, '..')
const DIST = path.join(ROOT, process.env.E2E_DIST || 'dist/h5')
const SHOTS = path.join(ROOT, 'e2e/screenshots')
const E2E_NOW = process.env.E2E_NOW || '2026-11-24T10:00:00+08:00'

async function main() {
  const only = process.argv.slice(2)
  if (!process.env.E2E_SKIP_BUILD) execSync('npm run build:h5', { cwd: ROOT, stdio: 'inherit' })
  ensureChromium()
  fs.mkdirSync(SHOTS, { recursive: true })
  const server = await serveStatic(DIST)
  const baseUrl = `http://127.0.0.1:${server.address().port}`
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const files = fs.readdirSync(path.join(ROOT, 'e2e/journeys')).filter((f) => f.endsWith('.js')).sort()
  let passed = 0
  let failed = 0
  for (const file of files) {
    const journey = require(path.join(ROOT, 'e2e/journeys', file))
    if (only.length && !only.some((o) => file.includes(o))) continue
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', ...(journey.contextOptions || {}) })
    // Every journey runs on the same Tuesday morning in Panyu, whatever day CI runs (the browser's mock
    // reads the page's clock); time then flows as usual. E2E_NOW moves it, e.g. to a Sunday.
    await context.clock.install({ time: new Date(E2E_NOW) })
    const page = await context.newPage()
    const errors = []
    page.on('pageerror', (e) => errors.push(String(e)))
    // Taro's router slides pages in (~300 ms): every picture waits for the transition to end.
    const shot = async (name) => {
      await page.waitForTimeout(600)
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`) })
    }
    const started = Date.now()
    try {
      await journey.run({ page, context, baseUrl, shot, expect, browser })
      expect(errors.length === 0, `page errors: ${errors.join(' | ')}`)
      passed++
      console.log(`  ✓ ${journey.name} (${Date.now() - started} ms)`)
    } catch (e) {
      failed++
      console.log(`  ✗ ${journey.name}: ${e.message}`)
      await shot(`FAILED-${path.basename(file, '.js')}`).catch(() => {})
    }
    await context.close()
  }
  await browser.close()
  server.close()
  console.log(`e2e: ${passed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

main().catch((e) => { console.error(e); process.exit(1) })

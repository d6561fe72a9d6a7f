/**
 * `npm run test:e2e`: build H5 (skip with E2E_SKIP_BUILD=1), serve it on
 * 127.0.0.1, and walk every journey in e2e/journeys/ in Debian's Chromium at
 * phone size (375×812), saving screenshots to e2e/screenshots/.
 * Run one journey: npm run test:e2e -- home
 *
 * E2E_SW=allow (default) runs the journeys with the mock's service worker;
 * E2E_SW=block runs them with service workers blocked (as in WeChat's in-app
 * browser on iOS), where the mock answers inside the page; E2E_SW=both runs
 * every journey in both modes (CI). Each pass checks which transport answered
 * (<html data-mock>) and prints its time.
 *
 * E2E_MODE=http runs e2e/http/ instead: the H5 build made with
 * TARO_APP_API_BASE (into dist/h5-http) against `npm run mock:server` on a
 * temporary MOCK_DB, across origins (e2e/http-backend.js).
 */
const fs = require('fs')
const path = require('path')
const { execSync } = require('child_process')
const { chromium } = require('playwright-core')
const { serveStatic, ensureChromium, CHROMIUM_ARGS, expect } = require('../e2e/lib')
const { HTTP_DIST, PHONE, buildHttpDist, startMockServer } = require('../e2e/http-backend')

const ROOT = path.join(__dirname, '..')
const HTTP = process.env.E2E_MODE === 'http'
const DIST = path.join(ROOT, process.env.E2E_DIST || (HTTP ? HTTP_DIST : 'dist/h5'))
const SHOTS = path.join(ROOT, 'e2e/screenshots')
const E2E_NOW = process.env.E2E_NOW || '2026-11-24T10:00:00+08:00'
const JOURNEYS = path.join(ROOT, HTTP ? 'e2e/http' : 'e2e/journeys')

async function main() {
  const only = process.argv.slice(2)
  if (!process.env.E2E_SKIP_BUILD) {
    if (HTTP) buildHttpDist()
    else execSync('npm run build:h5', { cwd: ROOT, stdio: 'inherit' })
  }
  ensureChromium()
  fs.mkdirSync(SHOTS, { recursive: true })
  const backend = HTTP ? await startMockServer() : null
  const server = await serveStatic(DIST)
  const baseUrl = `http://127.0.0.1:${server.address().port}`
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const files = fs.readdirSync(JOURNEYS).filter((f) => f.endsWith('.js')).sort()
  const swModes = { allow: ['allow'], block: ['block'], both: ['allow', 'block'] }[process.env.E2E_SW || 'allow']
  if (!swModes) throw new Error(`E2E_SW must be allow, block or both, not ${process.env.E2E_SW}`)
  let failedTotal = 0
  try {
    for (const sw of swModes) failedTotal += await pass(browser, baseUrl, files, only, sw)
  } finally {
    await browser.close()
    server.close()
    await backend?.stop()
  }
  process.exit(failedTotal ? 1 : 0)
}

/** One walk through the journeys with service workers allowed or blocked; returns the number that failed. */
async function pass(browser, baseUrl, files, only, sw) {
  // What answers /api/: the worker, the page itself, or (HTTP mode) no mock at all.
  const expectedMock = HTTP ? '' : sw === 'block' ? 'in-page' : 'worker'
  const shots = HTTP ? path.join(SHOTS, 'http') : sw === 'block' ? path.join(SHOTS, 'no-sw') : SHOTS
  fs.mkdirSync(shots, { recursive: true })
  console.log(`e2e pass: service workers ${sw === 'block' ? 'blocked' : 'allowed'}`)
  const passStarted = Date.now()
  let passed = 0
  let failed = 0
  for (const file of files) {
    const journey = require(path.join(JOURNEYS, file))
    if (only.length && !only.some((o) => file.includes(o))) continue
    const contextDefaults = { ...PHONE, serviceWorkers: sw }
    // A fresh context is a fresh mock (its data lives in the page's localStorage). A journey that also
    // posts /api/dev/reset races the app's own demo sign-in: the reset revokes that session → 登录已失效.
    const context = await browser.newContext({ ...contextDefaults, ...(journey.contextOptions || {}) })
    // Every journey runs on the same Tuesday morning in Panyu, whatever day CI runs (the browser's mock
    // reads the page's clock); time then flows as usual. E2E_NOW moves it, e.g. to a Sunday.
    await context.clock.install({ time: new Date(E2E_NOW) })
    const page = await context.newPage()
    const errors = []
    page.on('pageerror', (e) => errors.push(String(e)))
    // Taro's router slides pages in (~300 ms): every picture waits for the transition to end.
    const shot = async (name) => {
      await page.waitForTimeout(600)
      await page.screenshot({ path: path.join(shots, `${name}.png`) })
    }
    const started = Date.now()
    try {
      await journey.run({ page, context, baseUrl, shot, expect, browser, contextDefaults })
      expect(errors.length === 0, `page errors: ${errors.join(' | ')}`)
      // a journey against the HTTP mock server (journey.overHttp) has no mock in the page
      const mock = await page.evaluate(() => document.documentElement.dataset.mock ?? '')
      if (!journey.overHttp) expect(mock === expectedMock, `mock answered from "${mock}", expected "${expectedMock}"`)
      passed++
      console.log(`  ✓ ${journey.name} (${Date.now() - started} ms)`)
    } catch (e) {
      failed++
      console.log(`  ✗ ${journey.name}: ${e.message}`)
      await shot(`FAILED-${path.basename(file, '.js')}`).catch(() => {})
    }
    await context.close()
  }
  console.log(`e2e (service workers ${sw}): ${passed} passed, ${failed} failed in ${Math.round((Date.now() - passStarted) / 1000)} s`)
  return failed
}

main().catch((e) => { console.error(e); process.exit(1) })

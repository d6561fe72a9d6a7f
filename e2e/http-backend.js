/**
 * The H5 app against `npm run mock:server` over real HTTP (another origin, so
 * CORS as a real backend answers it): the build made with TARO_APP_API_BASE,
 * and the server started on a fresh temporary MOCK_DB. Used by the e2e runner
 * (E2E_MODE=http) and `npm run lighthouse` (LH_MODE=http).
 */
const fs = require('fs')
const os = require('os')
const path = require('path')
const { execSync, spawn } = require('child_process')

const ROOT = path.join(__dirname, '..')
/** The API origin is baked into the build, so the port is fixed (HTTP_API_PORT overrides). */
const API_PORT = Number(process.env.HTTP_API_PORT || 9537)
const API_BASE = `http://127.0.0.1:${API_PORT}`
const HTTP_DIST = 'dist/h5-http'

/** `npm run build:h5` pointed at the server, into dist/h5-http; prints how long it took. */
function buildHttpDist() {
  const started = Date.now()
  execSync('npm run build:h5', { cwd: ROOT, stdio: 'inherit', env: { ...process.env, TARO_APP_API_BASE: API_BASE, OUTPUT_ROOT: HTTP_DIST } })
  console.log(`H5 build for HTTP mode (TARO_APP_API_BASE=${API_BASE}): ${Math.round((Date.now() - started) / 1000)} s`)
}

/** Starts the mock server with a temporary MOCK_DB; resolves once it answers. `quiet` keeps its log out of the run's. */
async function startMockServer({ quiet = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockdb-e2e-'))
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'mock/transports/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, MOCK_PORT: String(API_PORT), MOCK_DB: path.join(dir, 'db.json') },
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const deadline = Date.now() + 60000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`mock server exited with ${child.exitCode} (port ${API_PORT} in use?)`)
    try {
      const res = await fetch(`${API_BASE}/api/themes`)
      if (res.status < 500) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('mock server did not answer within 60 s')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    async stop() {
      child.kill('SIGTERM')
      await exited
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Phones that share one backend (two browser contexts cannot share the mock in the page): the HTTP build
 * (made when missing; CI makes it once before the journeys), served here, against a fresh mock server.
 */
async function sharedBackendApp() {
  const { serveStatic } = require('./lib')
  const dist = path.join(ROOT, HTTP_DIST)
  if (!fs.existsSync(path.join(dist, 'index.html'))) buildHttpDist()
  const backend = await startMockServer({ quiet: true })
  const site = await serveStatic(dist)
  return {
    baseUrl: `http://127.0.0.1:${site.address().port}`,
    api: API_BASE,
    async stop() {
      site.close()
      await backend.stop()
    },
  }
}

/** A phone as the journeys see one: 375×812 at 2×, touch, Chinese. */
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }

/**
 * Two phones on one backend (the in-page mock is per phone, so they share the HTTP mock server): the journey's own
 * `page` is the first phone; `walk` gets the server's `baseUrl` and `api`, a second phone (`other`, e.g. the clerk's)
 * and `otherShot(name)` for its screenshots. Both the second phone and the server are closed however the walk ends.
 */
async function onTwoPhones(browser, walk) {
  const app = await sharedBackendApp()
  const context = await browser.newContext(PHONE)
  try {
    const other = await context.newPage()
    const otherShot = async (name) => {
      await other.waitForTimeout(600)
      await other.screenshot({ path: path.join(ROOT, `e2e/screenshots/${name}.png`) })
    }
    return await walk({ baseUrl: app.baseUrl, api: app.api, other, otherShot })
  } finally {
    await context.close()
    await app.stop()
  }
}

module.exports = { API_BASE, API_PORT, HTTP_DIST, PHONE, buildHttpDist, startMockServer, sharedBackendApp, onTwoPhones }

/**
 * `npm run size`: the weapp main package and total, and the H5 JS loaded
 * before the home page's first paint (gzip), against the budgets. The H5
 * figure leaves out the mock backend (its own chunk, dropped with a real
 * backend), whose size is printed beside it. Needs both builds in dist/.
 *
 * It also checks the production builds (TARO_APP_API_BASE set: `npm run
 * build:weapp:prod`, `npm run build:h5:prod`): the weapp main package without
 * the mock against its budget, and no mock code, demo data or dev route in
 * any of their files.
 */
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')
const { chromium } = require('playwright-core')
const { serveStatic, ensureChromium, CHROMIUM_ARGS } = require('../e2e/lib')

const ROOT = path.join(__dirname, '..')
const WEAPP = path.join(ROOT, process.env.SIZE_WEAPP || 'dist/weapp')
const H5 = path.join(ROOT, process.env.SIZE_H5 || 'dist/h5')
const WEAPP_PROD = path.join(ROOT, process.env.SIZE_WEAPP_PROD || 'dist/weapp-prod')
const H5_PROD = path.join(ROOT, process.env.SIZE_H5_PROD || 'dist/h5-prod')
// weappMain: the weapp main package with the mock (the demo build): 895.5 KB once the catalogue became rules as data
// with 情形 and English names, 810.3 KB when the weapp build moved from React's reconciler to Preact; the mock never
// ships in a deployment, and WeChat's own limit is 2 MB.
// weappMainProd: the main package a deployment ships. The goal was 450 KB (issue 14): with React it measured 470.1 KB
// (taro.js 121, app.js 106 of which React's reconciler 91, common.js 91, base.wxml 53, vendors.js 34); Preact renders
// the weapp build since (config/index.ts framework), 384.7 KB (taro.js 111, common.js 90, vendors.js 53 with Preact,
// base.wxml 53, app.js 13). The budget holds that line with a little margin; GOAL prints the distance.
const GOAL = { weappMainProd: 450 * 1024 }
const BUDGET = { preloadPerPage: 2 * 1024 * 1024, weappMainProd: 395 * 1024, weappMain: 830 * 1024, weappTotal: 4 * 1024 * 1024, h5Home: 150 * 1024 }

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const gzip = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

function weappSizes(dir = WEAPP) {
  const appJson = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8'))
  const roots = (appJson.subPackages || appJson.subpackages || []).map((p) => p.root.replace(/\/$/, '') + '/')
  const files = walk(dir).filter((f) => !f.endsWith('.map') && !f.endsWith('.LICENSE.txt'))
  let main = 0
  let total = 0
  const perPackage = {}
  for (const file of files) {
    const rel = path.relative(dir, file).split(path.sep).join('/')
    if (rel === 'project.config.json' || rel === 'project.private.config.json') continue
    const size = fs.statSync(file).size
    total += size
    const root = roots.find((r) => rel.startsWith(r))
    if (root) perPackage[root] = (perPackage[root] || 0) + size
    else main += size
  }
  // WeChat preloads at most 2 MB of subpackages per page (preloadRule)
  const preload = Object.entries(appJson.preloadRule || {}).map(([page, rule]) => ({
    page,
    size: (rule.packages || []).reduce((sum, name) => sum + (perPackage[roots.find((r) => r === `${name.replace(/\/$/, '')}/`)] || 0), 0),
  }))
  const mapboxInWeapp = files.some((f) => f.endsWith('.js') && /mapbox-gl|mapboxgl/.test(fs.readFileSync(f, 'utf8')))
  return { main, total, perPackage, preload, mapboxInWeapp }
}

async function h5HomeSizes() {
  ensureChromium()
  const server = await serveStatic(H5)
  const base = `http://127.0.0.1:${server.address().port}`
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const page = await browser.newPage({ viewport: { width: 375, height: 812 } })
  const scripts = new Set()
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.add(new URL(req.url()).pathname)
  })
  await page.goto(`${base}/`)
  await page.waitForSelector('.home-hero', { timeout: 20000 })
  await browser.close()
  server.close()
  let app = 0
  let mock = 0
  let mapboxOnHome = false
  const rows = []
  for (const p of scripts) {
    const file = path.join(H5, p)
    if (!fs.existsSync(file)) continue
    const size = gzip(file)
    const text = fs.readFileSync(file, 'utf8')
    const isMock = /\/mock-/.test(p)
    if (/mapbox-gl|mapboxgl/.test(text)) mapboxOnHome = true
    if (isMock) mock += size
    else app += size
    rows.push(`    ${p} ${kb(size)}${isMock ? ' (mock)' : ''}`)
  }
  return { app, mock, rows, mapboxOnHome }
}

/**
 * What only the mock carries: the demo accounts' names and credit code (read from mock/account/users.ts, so a new
 * demo account is covered too), its dev routes, and msw's worker.
 */
function mockMarkers() {
  const users = fs.readFileSync(path.join(ROOT, 'mock/account/users.ts'), 'utf8')
  const demo = users.slice(users.indexOf('DEMO_USERS'))
  const block = demo.slice(0, demo.indexOf('\n}\n'))
  const values = [...block.matchAll(/\b(?:name|creditCode|idNumber|companyName): '([^']+)'/g)].map((m) => m[1])
  if (values.length < 4) throw new Error('size: could not read the demo accounts from mock/account/users.ts')
  return [...new Set([...values, '/api/dev/', 'mockServiceWorker', 'installMockInterceptor'])]
}

const escapeUnicode = (s) => s.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** Every file of a production build that carries a mock marker. */
function mockLeaks(dir, markers) {
  const leaks = []
  for (const file of walk(dir)) {
    if (!/\.(js|json|wxml|wxs|html|css|wxss)$/.test(file)) continue
    const text = fs.readFileSync(file, 'utf8')
    // the minifier may write non-ASCII strings as \u escapes (weapp's terser does): look for both spellings
    const found = markers.filter((m) => text.includes(m) || text.includes(escapeUnicode(m)))
    if (found.length) leaks.push(`${path.relative(ROOT, file)}: ${found.join(', ')}`)
  }
  return leaks
}

function productionBuilds() {
  let failed = false
  const markers = mockMarkers()
  for (const [name, dir, how] of [['weapp', WEAPP_PROD, 'npm run build:weapp:prod'], ['H5', H5_PROD, 'npm run build:h5:prod']]) {
    if (!fs.existsSync(dir)) {
      console.log(`${name} production build: missing (${path.relative(ROOT, dir)}; build it with ${how})`)
      failed = true
      continue
    }
    const leaks = mockLeaks(dir, markers)
    console.log(`${name} production build (${path.relative(ROOT, dir)}): ${leaks.length ? `MOCK FOUND in ${leaks.length} file(s)` : 'no mock code, demo data or dev routes'}`)
    leaks.forEach((l) => console.log(`    ${l}`))
    if (leaks.length) failed = true
  }
  if (fs.existsSync(WEAPP_PROD)) {
    const prod = weappSizes(WEAPP_PROD)
    console.log(`weapp main package without the mock: ${kb(prod.main)} (budget ${kb(BUDGET.weappMainProd)}, goal ${kb(GOAL.weappMainProd)}${prod.main > GOAL.weappMainProd ? `: ${kb(prod.main - GOAL.weappMainProd)} over the goal` : ''}), total ${kb(prod.total)}`)
    if (prod.main > BUDGET.weappMainProd) failed = true
  }
  return failed
}

async function main() {
  let failed = false
  const w = weappSizes()
  console.log(`weapp main package with the mock: ${kb(w.main)} (budget ${kb(BUDGET.weappMain)})`)
  for (const [root, size] of Object.entries(w.perPackage)) console.log(`  subpackage ${root}: ${kb(size)}`)
  console.log(`weapp total: ${kb(w.total)} (budget ${kb(BUDGET.weappTotal)})`)
  for (const p of w.preload) console.log(`  preloaded from ${p.page}: ${kb(p.size)} (WeChat's limit ${kb(BUDGET.preloadPerPage)})`)
  if (w.preload.some((p) => p.size > BUDGET.preloadPerPage)) failed = true
  console.log(`mapbox-gl in weapp output: ${w.mapboxInWeapp ? 'YES' : 'no'}`)
  if (w.main > BUDGET.weappMain || w.total > BUDGET.weappTotal || w.mapboxInWeapp) failed = true

  if (fs.existsSync(path.join(H5, 'index.html'))) {
    const h = await h5HomeSizes()
    console.log(`H5 JS before home's first paint: ${kb(h.app)} gzip (budget ${kb(BUDGET.h5Home)}), mock backend chunks ${kb(h.mock)} gzip`)
    h.rows.forEach((r) => console.log(r))
    console.log(`mapbox-gl in H5 home bundle: ${h.mapboxOnHome ? 'YES' : 'no'}`)
    if (h.app > BUDGET.h5Home || h.mapboxOnHome) failed = true
  } else {
    console.log(`H5 build: missing (${path.relative(ROOT, H5)}; build it with npm run build:h5)`)
    failed = true
  }
  if (productionBuilds()) failed = true
  console.log(failed ? 'size: OVER BUDGET' : 'size: within budget')
  process.exit(failed ? 1 : 0)
}

main().catch((e) => { console.error(e); process.exit(1) })

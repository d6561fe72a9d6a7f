/**
 * `npm run size`: the weapp main package and total, and the H5 JS loaded
 * before the home page's first paint (gzip), against the budgets. The H5
 * figure leaves out the mock backend (its own chunk, dropped with a real
 * backend), whose size is printed beside it. Needs both builds in dist/.
 */
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')
const { chromium } = require('playwright-core')
const { serveStatic, ensureChromium, CHROMIUM_ARGS } = require('../e2e/lib')

const ROOT = path.join(__dirname, '..')
const WEAPP = path.join(ROOT, process.env.SIZE_WEAPP || 'dist/weapp')
const H5 = path.join(ROOT, process.env.SIZE_H5 || 'dist/h5')
const BUDGET = { weappMain: 1.2 * 1024 * 1024, weappTotal: 4 * 1024 * 1024, h5Home: 150 * 1024 }

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const gzip = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

function weappSizes() {
  const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8'))
  const roots = (appJson.subPackages || appJson.subpackages || []).map((p) => p.root.replace(/\/$/, '') + '/')
  const files = walk(WEAPP).filter((f) => !f.endsWith('.map') && !f.endsWith('.LICENSE.txt'))
  let main = 0
  let total = 0
  const perPackage = {}
  for (const file of files) {
    const rel = path.relative(WEAPP, file).split(path.sep).join('/')
    if (rel === 'project.config.json' || rel === 'project.private.config.json') continue
    const size = fs.statSync(file).size
    total += size
    const root = roots.find((r) => rel.startsWith(r))
    if (root) perPackage[root] = (perPackage[root] || 0) + size
    else main += size
  }
  const mapboxInWeapp = files.some((f) => f.endsWith('.js') && /mapbox-gl|mapboxgl/.test(fs.readFileSync(f, 'utf8')))
  return { main, total, perPackage, mapboxInWeapp }
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

async function main() {
  let failed = false
  const w = weappSizes()
  console.log(`weapp main package: ${kb(w.main)} (budget ${kb(BUDGET.weappMain)})`)
  for (const [root, size] of Object.entries(w.perPackage)) console.log(`  subpackage ${root}: ${kb(size)}`)
  console.log(`weapp total: ${kb(w.total)} (budget ${kb(BUDGET.weappTotal)})`)
  console.log(`mapbox-gl in weapp output: ${w.mapboxInWeapp ? 'YES' : 'no'}`)
  if (w.main > BUDGET.weappMain || w.total > BUDGET.weappTotal || w.mapboxInWeapp) failed = true

  const h = await h5HomeSizes()
  console.log(`H5 JS before home's first paint: ${kb(h.app)} gzip (budget ${kb(BUDGET.h5Home)}), mock backend chunks ${kb(h.mock)} gzip`)
  h.rows.forEach((r) => console.log(r))
  console.log(`mapbox-gl in H5 home bundle: ${h.mapboxOnHome ? 'YES' : 'no'}`)
  if (h.app > BUDGET.h5Home || h.mapboxOnHome) failed = true
  console.log(failed ? 'size: OVER BUDGET' : 'size: within budget')
  process.exit(failed ? 1 : 0)
}

main().catch((e) => { console.error(e); process.exit(1) })

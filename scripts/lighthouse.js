/**
 * `npm run lighthouse`: Lighthouse (mobile settings, Debian's Chromium) on the
 * H5 build's key pages; prints performance and accessibility scores.
 * Needs dist/h5 (npm run build:h5). Goal: ≥ 0.95 each.
 */
const fs = require('fs')
const path = require('path')
const os = require('os')
const { execFile } = require('child_process')
const { promisify } = require('util')

// Async: the static server runs in this process and must keep answering while Lighthouse loads pages.
const run = promisify(execFile)
const { serveStatic, ensureChromium } = require('../e2e/lib')

const ROOT = path.join(__dirname, '..')
const DIST = path.join(ROOT, process.env.LH_DIST || 'dist/h5')
const CANDIDATES = [
  ['home', 'pages/home/index'],
  ['catalogue', 'pages/services/index'],
  ['hall map', 'subpackages/halls/map/index'],
  ['safe', 'pages/safe/index'],
]

async function main() {
  ensureChromium()
  const appConfig = fs.readFileSync(path.join(ROOT, 'src/app.config.ts'), 'utf8')
  const pages = CANDIDATES.filter(([, route]) => {
    const [root, ...rest] = route.split('/').slice(1)
    return appConfig.includes(`'${route}'`) || (appConfig.includes(`subpackages/${root}`) && appConfig.includes(`'${rest.join('/')}'`))
  })
  const server = await serveStatic(DIST)
  const base = `http://127.0.0.1:${server.address().port}`
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lh-'))
  const bin = require.resolve('lighthouse/cli/index.js')
  const flags = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync'
  const rows = []
  for (const [name, route] of pages) {
    const report = path.join(out, `${name.replace(/\s/g, '-')}.json`)
    const url = `${base}/#/${route}`
    try {
      await run(process.execPath, [bin, url, `--chrome-flags=${flags}`, '--only-categories=performance,accessibility', '--form-factor=mobile', '--output=json', `--output-path=${report}`, '--quiet'], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 180000 })
      const json = JSON.parse(fs.readFileSync(report, 'utf8'))
      const perf = json.categories.performance.score
      const a11y = json.categories.accessibility.score
      const failing = Object.values(json.audits).filter((a) => a.score !== null && a.score < 1 && json.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0)).map((a) => a.id)
      rows.push({ name, perf, a11y, lcp: json.audits['largest-contentful-paint']?.displayValue, failing })
    } catch (e) {
      rows.push({ name, error: e.message.split('\n')[0] })
    }
  }
  server.close()
  for (const r of rows) {
    if (r.error) console.log(`${r.name}: lighthouse failed: ${r.error}`)
    else console.log(`${r.name}: performance ${Math.round(r.perf * 100)}, accessibility ${Math.round(r.a11y * 100)} (LCP ${r.lcp})${r.failing.length ? `; a11y audits below 1: ${r.failing.join(', ')}` : ''}`)
  }
}

main().catch((e) => { console.error(e); process.exit(1) })

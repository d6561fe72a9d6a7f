/**
 * `npm run lighthouse`: Lighthouse (mobile settings, Debian's Chromium) on the
 * H5 build's key pages; prints performance and accessibility scores.
 * Needs dist/h5 (npm run build:h5). Goal: ≥ 0.95 each. LH_RUNS (default 3) runs per page, median shown;
 * LH_PAGES=catalogue,safe measures only those pages.
 * LH_MODE: `mock` (dist/h5, the mock in the page), `http` (dist/h5-http, the
 * build made with TARO_APP_API_BASE, against `npm run mock:server` on a
 * temporary MOCK_DB; built first when missing), or `both` (default).
 */
const fs = require('fs')
const path = require('path')
const os = require('os')
const { execFile } = require('child_process')
const { promisify } = require('util')

// Async: the static server runs in this process and must keep answering while Lighthouse loads pages.
const run = promisify(execFile)
const { serveStatic, ensureChromium } = require('../e2e/lib')
const { HTTP_DIST, buildHttpDist, startMockServer } = require('../e2e/http-backend')

const ROOT = path.join(__dirname, '..')
const CANDIDATES = [
  ['home', 'pages/home/index'],
  ['catalogue', 'pages/services/index'],
  ['hall map', 'subpackages/halls/map/index'],
  ['safe', 'pages/safe/index'],
]

async function main() {
  ensureChromium()
  const modes = { mock: ['mock'], http: ['http'], both: ['mock', 'http'] }[process.env.LH_MODE || 'both']
  if (!modes) throw new Error(`LH_MODE must be mock, http or both, not ${process.env.LH_MODE}`)
  const printed = []
  for (const mode of modes) {
    const dist = path.join(ROOT, process.env.LH_DIST || (mode === 'http' ? HTTP_DIST : 'dist/h5'))
    if (mode === 'http' && !fs.existsSync(path.join(dist, 'index.html'))) buildHttpDist()
    const backend = mode === 'http' ? await startMockServer() : null
    try {
      printed.push(`${mode === 'http' ? 'HTTP mode (npm run mock:server)' : 'mock mode (mock in the page)'}:`, ...(await measure(dist, mode)))
    } finally {
      await backend?.stop()
    }
  }
  for (const line of printed) console.log(line)
}

/** Lighthouse on each page of the build in `dist`; returns the lines to print. */
async function measure(dist, mode) {
  const appConfig = fs.readFileSync(path.join(ROOT, 'src/app.config.ts'), 'utf8')
  const only = process.env.LH_PAGES ? process.env.LH_PAGES.split(',') : null
  const pages = CANDIDATES.filter(([name, route]) => {
    if (only && !only.includes(name)) return false
    const [root, ...rest] = route.split('/').slice(1)
    return appConfig.includes(`'${route}'`) || (appConfig.includes(`subpackages/${root}`) && appConfig.includes(`'${rest.join('/')}'`))
  })
  const server = await serveStatic(dist)
  const base = `http://127.0.0.1:${server.address().port}`
  const out = path.join(process.env.LH_OUT || fs.mkdtempSync(path.join(os.tmpdir(), 'lh-')), mode)
  fs.mkdirSync(out, { recursive: true })
  const bin = require.resolve('lighthouse/cli/index.js')
  const flags = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync'
  // Scores move by several points from run to run on a busy 2-core machine: the median of LH_RUNS runs (Lighthouse's own advice).
  const runs = Math.max(1, Number(process.env.LH_RUNS || 3))
  const rows = []
  for (const [name, route] of pages) {
    const url = `${base}/#/${route}`
    const results = []
    const errors = []
    // a run that fails (Chromium now and then loses its target on this machine) is tried again, once per run
    while (results.length < runs && errors.length <= runs) {
      const report = path.join(out, `${name.replace(/\s/g, '-')}${runs > 1 ? `-${results.length + 1}` : ''}.json`)
      try {
        await run(process.execPath, [bin, url, `--chrome-flags=${flags}`, '--only-categories=performance,accessibility', '--form-factor=mobile', '--output=json', `--output-path=${report}`, '--quiet'], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 180000 })
      } catch (e) {
        errors.push(e.message.split('\n')[0])
        continue
      }
      const json = JSON.parse(fs.readFileSync(report, 'utf8'))
      const failing = Object.values(json.audits).filter((a) => a.score !== null && a.score < 1 && json.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0)).map((a) => a.id)
      results.push({ perf: json.categories.performance.score, a11y: json.categories.accessibility.score, lcp: json.audits['largest-contentful-paint'].numericValue, tbt: json.audits['total-blocking-time'].numericValue, failing })
    }
    if (!results.length) {
      rows.push({ name, error: errors[0] })
      continue
    }
    const median = [...results].sort((a, b) => a.perf - b.perf)[Math.floor(results.length / 2)]
    rows.push({ name, ...median, all: results.map((r) => Math.round(r.perf * 100)), retried: errors.length })
  }
  server.close()
  return rows.map((r) => {
    if (r.error) return `  ${r.name}: lighthouse failed: ${r.error}`
    return `  ${r.name}: performance ${Math.round(r.perf * 100)}, accessibility ${Math.round(r.a11y * 100)} (LCP ${(r.lcp / 1000).toFixed(1)} s, TBT ${Math.round(r.tbt)} ms; runs ${r.all.join(' ')}${r.retried ? `, ${r.retried} failed run(s) retried` : ''})${r.failing.length ? `; a11y audits below 1: ${r.failing.join(', ')}` : ''}`
  })
}

main().catch((e) => { console.error(e); process.exit(1) })

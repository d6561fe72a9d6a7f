/**
 * `npm run lighthouse`: Lighthouse (mobile settings, Debian's Chromium) on the
 * H5 build's key pages; prints performance and accessibility scores.
 * Needs dist/h5 (npm run build:h5). Goal: ≥ 0.95 each. LH_RUNS (default 3) runs per page, median shown;
 * LH_PAGES=catalogue,safe measures only those pages.
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
  const only = process.env.LH_PAGES ? process.env.LH_PAGES.split(',') : null
  const pages = CANDIDATES.filter(([name, route]) => {
    if (only && !only.includes(name)) return false
    const [root, ...rest] = route.split('/').slice(1)
    return appConfig.includes(`'${route}'`) || (appConfig.includes(`subpackages/${root}`) && appConfig.includes(`'${rest.join('/')}'`))
  })
  const server = await serveStatic(DIST)
  const base = `http://127.0.0.1:${server.address().port}`
  const out = process.env.LH_OUT || fs.mkdtempSync(path.join(os.tmpdir(), 'lh-'))
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
  for (const r of rows) {
    if (r.error) console.log(`${r.name}: lighthouse failed: ${r.error}`)
    else console.log(`${r.name}: performance ${Math.round(r.perf * 100)}, accessibility ${Math.round(r.a11y * 100)} (LCP ${(r.lcp / 1000).toFixed(1)} s, TBT ${Math.round(r.tbt)} ms; runs ${r.all.join(' ')}${r.retried ? `, ${r.retried} failed run(s) retried` : ''})${r.failing.length ? `; a11y audits below 1: ${r.failing.join(', ')}` : ''}`)
  }
}

main().catch((e) => { console.error(e); process.exit(1) })

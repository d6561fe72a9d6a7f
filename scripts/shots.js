/**
 * `npm run shots`: the screenshot review. Walks every page of the H5 build
 * (build first, or point SHOTS_DIST at one) in Chinese and English, normal
 * and 关怀模式, at 375×812 and 320×640, saves a picture of each to
 * e2e/shots/<variant>/<page>.png, and fails on text a person would see
 * broken, measured in the page:
 *   - overflow: text whose box is wider than its container and is clipped
 *     or runs off the screen (no intended ellipsis, not inside a sideways
 *     scroller);
 *   - column: a text wrapped one character per line (two or more lines
 *     holding a single character, as "已选 0 份" did);
 *   - mid-word: a Latin word broken across lines between two letters (a
 *     code with digits in it, such as a credit code, may wrap anywhere).
 * Intended ellipses and orphans (a paragraph's last line with a single CJK
 * character) are counted in the report but do not fail.
 * Options: SHOTS_ONLY=<part of a page name>, SHOTS_VARIANTS=zh-375,en-care-320.
 */
const fs = require('fs')
const path = require('path')
const { chromium } = require('playwright-core')
const { serveStatic, ensureChromium, CHROMIUM_ARGS, api, staffSignIn } = require('../e2e/lib')

const ROOT = path.join(__dirname, '..')
const DIST = path.join(ROOT, process.env.SHOTS_DIST || 'dist/h5')
const OUT = path.join(ROOT, 'e2e/shots')

const SIZES = { 375: { width: 375, height: 812 }, 320: { width: 320, height: 640 } }
const VARIANTS = []
for (const locale of ['zh', 'en']) for (const care of [false, true]) for (const size of ['375', '320']) VARIANTS.push({ name: `${locale}${care ? '-care' : ''}-${size}`, locale, care, size })

/**
 * Every page with the role it is seen as and its query. A function gets the
 * page (signed in) and returns the query, or null when the demo data has
 * nothing to show there.
 */
const PAGES = [
  ['home', 'resident', '/pages/home/index'],
  ['services', 'resident', '/pages/services/index'],
  ['appointments', 'resident', '/pages/appointments/index'],
  ['safe', 'resident', '/pages/safe/index'],
  ['me', 'resident', '/pages/me/index'],
  ['item', 'resident', '/subpackages/catalogue/item/index', 'id=residence-permit'],
  ['privacy', 'resident', '/subpackages/account/privacy/index'],
  ['instant-list', 'business', '/subpackages/approvals/list/index'],
  ['instant-apply', 'business', '/subpackages/approvals/apply/index', 'itemId=outdoor-ad-temp'],
  ['cases', 'resident', '/subpackages/cases/list/index'],
  ['case', 'resident', '/subpackages/cases/detail/index', async (page) => firstId(page, '/api/cases', 'id')],
  ['feedback', 'resident', '/subpackages/cases/feedback/index', async (page) => firstId(page, '/api/cases', 'caseId')],
  ['hall-map', 'resident', '/subpackages/halls/map/index', 'view=list'],
  ['hall', 'resident', '/subpackages/halls/hall/index', 'id=centre'],
  ['book', 'resident', '/subpackages/appointments/book/index', 'hallId=centre&itemId=residence-permit'],
  ['my-appointments', 'resident', '/subpackages/appointments/mine/index'],
  ['appointment', 'resident', '/subpackages/appointments/appointment/index', async (page) => bookedId(page)],
  ['bundles', 'resident', '/subpackages/bundles/list/index'],
  ['bundle', 'resident', '/subpackages/bundles/detail/index', 'id=newborn'],
  ['bundle-apply', 'resident', '/subpackages/bundles/apply/index', 'id=newborn'],
  ['document', 'resident', '/subpackages/safe/document/index', async (page) => documentId(page, '结婚证')],
  ['upload', 'resident', '/subpackages/safe/upload/index'],
  ['code', 'resident', '/subpackages/safe/code/index'],
  ['access-log', 'resident', '/subpackages/safe/log/index'],
  ['feedback-detail', 'resident', '/subpackages/cases/feedback-detail/index', async (page) => feedbackId(page)],
  ['visit-take', 'resident', '/subpackages/visit/take/index', 'hallId=centre'],
  ['staff-signin', 'resident', '/subpackages/account/staff-signin/index'],
  ['clerk-scan', 'clerk', '/subpackages/clerk/scan/index'],
  ['clerk-mail', 'clerk', '/subpackages/clerk/mail/index'],
  ['addresses', 'resident', '/subpackages/mail/addresses/index'],
  ['address-new', 'resident', '/subpackages/mail/address/index'],
  ['clerk-window', 'clerk', '/subpackages/visit/window/index'],
  ['clerk-feedback', 'clerk', '/subpackages/clerk/feedback/index'],
  ['assist-request', 'resident', '/subpackages/assist/request/index', 'type=item&id=birth-hukou'],
  ['clerk-assist', 'clerk', '/subpackages/assist/clerk/index'],
  ['policies', 'business', '/subpackages/policies/list/index'],
  ['policy', 'business', '/subpackages/policies/detail/index', 'id=catering-consumption'],
  ['policy-apply', 'business', '/subpackages/policies/apply/index', 'id=catering-consumption'],
  ['policy-applications', 'business', '/subpackages/policies/applications/index'],
  ['business-profile', 'business', '/subpackages/policies/profile/index'],
  ['policy-application', 'business', '/subpackages/policies/application/index', async (page) => firstId(page, '/api/policy-applications', 'id')],
  ['business-home', 'business', '/pages/home/index'],
  ['business-safe', 'business', '/pages/safe/index'],
  ['renewal-book', 'business', '/subpackages/appointments/book/index', `itemId=scjgj-2-0-b&renew=${encodeURIComponent('食品经营许可证')}&until=2026-12-24`],
]

/**
 * Pages not walked, and why: each needs a record the demo data does not hold until a journey makes it (a certificate,
 * a redemption, a live ticket, a submitted bundle) or is the sign-in page a signed-in visitor is sent away from. The
 * journeys in e2e/journeys take their screenshots. A page added to app.config.ts and to neither list fails the run.
 */
const NOT_WALKED = {
  '/subpackages/approvals/certificate/index': 'a certificate (06-approvals)',
  '/subpackages/clerk/result/index': 'a redeemed code (05-safe-clerk)',
  '/subpackages/visit/ticket/index': 'a live ticket (09-visit)',
  '/subpackages/bundles/done/index': 'a submitted bundle (03-bundles)',
  '/subpackages/account/signin/index': 'signed out only (09-auth)',
  '/subpackages/assist/detail/index': 'a filed assistance request (11-assist)',
}

/** Every page in app.config.ts, read from its text (it is TypeScript): the main package's and each subpackage's. */
function configuredPages() {
  const text = fs.readFileSync(path.join(ROOT, 'src/app.config.ts'), 'utf8')
  const main = [...text.slice(text.indexOf('pages: ['), text.indexOf(']')).matchAll(/'([^']+)'/g)].map((m) => `/${m[1]}`)
  const subs = [...text.matchAll(/root: '([^']+)', pages: \[([^\]]*)\]/g)].flatMap((m) => [...m[2].matchAll(/'([^']+)'/g)].map((p) => `/${m[1]}/${p[1]}`))
  return [...main, ...subs]
}

async function feedbackId(page) {
  const made = await api(page, 'POST', '/api/feedback', { kind: 'cannot-do', text: '窗口说材料不齐，但办事指南里没有写这一项，请核实。' })
  return made.status < 300 && made.body && made.body.id ? `id=${encodeURIComponent(made.body.id)}` : null
}

async function firstId(page, url, param) {
  const res = await api(page, 'GET', url)
  const id = res.body && res.body.items && res.body.items[0] && res.body.items[0].id
  return id ? `${param}=${encodeURIComponent(id)}` : null
}

async function documentId(page, name) {
  const res = await api(page, 'GET', '/api/safe/documents')
  const doc = ((res.body && res.body.items) || []).find((d) => d.name === name)
  return doc ? `id=${doc.id}` : null
}

/** An appointment to look at: the resident's first, else one booked now at the earliest free slot. */
async function bookedId(page) {
  const mine = await api(page, 'GET', '/api/appointments')
  const open = ((mine.body && mine.body.items) || []).find((a) => a.status === 'booked')
  if (open) return `id=${open.id}`
  const time = await api(page, 'GET', '/api/time')
  const today = (time.body && (time.body.today || time.body.date)) || ''
  for (let d = 0; d < 7; d++) {
    const date = today ? new Date(Date.parse(`${today}T00:00:00+08:00`) + d * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10) : ''
    const slots = await api(page, 'GET', `/api/halls/centre/slots?itemId=residence-permit&date=${date}`)
    const free = ((slots.body && slots.body.items) || []).find((s) => s.booked < s.capacity)
    if (!free) continue
    const booked = await api(page, 'POST', '/api/appointments', { hallId: 'centre', itemId: 'residence-permit', start: free.start })
    if (booked.status < 300) return `id=${booked.body.id}`
  }
  return null
}

/** zustand persist through Taro storage: localStorage holds {data: "<json>"}. */
async function setStored(page, name, state) {
  await page.evaluate(({ name, state }) => localStorage.setItem(name, JSON.stringify({ data: JSON.stringify({ state, version: 0 }) })), { name, state })
}

/** Runs in the page: every visible text node, measured. */
function measure() {
  const found = []
  const info = { ellipsis: 0, orphan: 0 }
  const vw = document.documentElement.clientWidth
  const LETTER = /[A-Za-z]/
  const CJK = /[\u3400-\u9fff]/
  const describe = (el, text) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${text.trim().slice(0, 40)}"`
  const scrollsSideways = (el) => {
    for (let a = el; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a)
      if (s.overflowX === 'auto' || s.overflowX === 'scroll') return true
    }
    return false
  }
  const ellipsised = (el) => {
    for (let a = el, i = 0; a && i < 4; a = a.parentElement, i++) {
      const s = getComputedStyle(a)
      if (s.textOverflow === 'ellipsis' || (s.webkitLineClamp && s.webkitLineClamp !== 'none')) return true
    }
    return false
  }
  const hidden = (el) => {
    const r = el.getBoundingClientRect()
    if (r.width === 0 && r.height === 0) return true
    const s = getComputedStyle(el)
    if (s.visibility === 'hidden' || s.opacity === '0') return true
    // visually hidden text for screen readers (1×1 clip)
    return r.width <= 1 || r.height <= 1
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent
    if (!text || !text.trim()) continue
    const el = node.parentElement
    if (!el || hidden(el) || el.closest('script,style,svg,[aria-hidden="true"],.taro_page:not(:last-of-type),input,textarea')) continue
    // only the page on top (Taro keeps earlier pages in the DOM, hidden)
    const pageEl = el.closest('.taro_page')
    if (pageEl && getComputedStyle(pageEl).display === 'none') continue
    if (ellipsised(el)) {
      if (el.scrollWidth > el.clientWidth + 1) info.ellipsis++
      continue
    }
    // overflow: the text's own line boxes run past the screen, or its block clips it
    range.selectNodeContents(node)
    const rects = [...range.getClientRects()].filter((r) => r.width > 0)
    if (!rects.length) continue
    const sideways = scrollsSideways(el)
    if (!sideways && rects.some((r) => r.right > vw + 1 || r.left < -1)) {
      found.push({ kind: 'overflow', where: describe(el, text), detail: `runs to x=${Math.round(Math.max(...rects.map((r) => r.right)))} on a ${vw}px screen` })
      continue
    }
    const block = el.closest('div,p,li,taro-view-core,span') || el
    const style = getComputedStyle(block)
    if (!sideways && (style.overflowX === 'hidden' || style.overflow === 'hidden') && block.scrollWidth > block.clientWidth + 1 && block.clientWidth > 0) {
      found.push({ kind: 'overflow', where: describe(el, text), detail: `clipped: ${block.scrollWidth}px of text in ${block.clientWidth}px` })
      continue
    }
    if (rects.length < 2) continue
    // the characters on each line, by their tops
    const lines = []
    let lastTop = null
    for (let i = 0; i < text.length; i++) {
      if (!text[i].trim()) continue
      range.setStart(node, i)
      range.setEnd(node, i + 1)
      const r = range.getClientRects()[0]
      if (!r) continue
      if (lastTop === null || r.top > lastTop + r.height / 2) lines.push([])
      lastTop = lastTop === null || r.top > lastTop + r.height / 2 ? r.top : lastTop
      lines[lines.length - 1].push(i)
    }
    if (lines.length < 2) continue
    const singles = lines.filter((l) => l.length === 1)
    if (singles.length >= 2) {
      found.push({ kind: 'column', where: describe(el, text), detail: `${singles.length} of ${lines.length} lines hold one character` })
      continue
    }
    for (let l = 1; l < lines.length; l++) {
      const before = text[lines[l - 1][lines[l - 1].length - 1]]
      const after = text[lines[l][0]]
      const prevIndex = lines[l - 1][lines[l - 1].length - 1]
      // a code (credit code, licence number: letters and digits) may wrap anywhere; a word may not
      const token = text.slice(0, prevIndex + 1).split(/\s/).pop() + text.slice(prevIndex + 1).split(/\s/)[0]
      if (LETTER.test(before) && LETTER.test(after) && lines[l][0] === prevIndex + 1 && !/\d/.test(token)) {
        found.push({ kind: 'mid-word', where: describe(el, text), detail: `"${text.slice(Math.max(0, prevIndex - 6), prevIndex + 1)}|${text.slice(prevIndex + 1, prevIndex + 7)}"` })
        break
      }
    }
    const last = lines[lines.length - 1]
    if (last.length === 1 && CJK.test(text[last[0]])) info.orphan++
  }
  return { found, info }
}

/** Wait until the page has drawn its data: no skeleton left, or give up after a while and measure what is there. */
async function settle(page) {
  await page.waitForTimeout(400)
  await page.waitForFunction(() => !document.querySelector('.taro_page:last-of-type [data-testid="skeleton"], .taro_page:last-of-type .ui-skeleton'), null, { timeout: 6000 }).catch(() => undefined)
  await page.waitForTimeout(250)
}

async function main() {
  const started = Date.now()
  const walked = new Set(PAGES.map((p) => p[2]))
  const unlisted = configuredPages().filter((p) => !walked.has(p) && !NOT_WALKED[p])
  if (unlisted.length) throw new Error(`pages neither walked nor listed in NOT_WALKED: ${unlisted.join(', ')}`)
  ensureChromium()
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`no H5 build in ${DIST}: npm run build:h5 first`)
  const server = await serveStatic(DIST)
  const baseUrl = `http://127.0.0.1:${server.address().port}`
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const only = process.env.SHOTS_ONLY
  const wanted = process.env.SHOTS_VARIANTS ? process.env.SHOTS_VARIANTS.split(',') : null
  const report = { variants: {}, problems: [], ellipsis: 0, orphans: 0, pages: 0, skipped: [] }
  fs.mkdirSync(OUT, { recursive: true })
  for (const variant of VARIANTS) {
    if (wanted && !wanted.includes(variant.name)) continue
    const context = await browser.newContext({ viewport: SIZES[variant.size], deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: variant.locale === 'en' ? 'en-US' : 'zh-CN' })
    const page = await context.newPage()
    const errors = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(`${baseUrl}/`)
    await page.waitForSelector('.taro_page', { timeout: 20000 })
    await api(page, 'POST', '/api/dev/reset')
    // the launch may have signed the demo resident in before the reset: that token is gone with it, so start signed out
    // (else the first page meets a 401 and the sign-in page slides in while it is measured)
    await page.evaluate(() => localStorage.removeItem('session'))
    await setStored(page, 'locale', { locale: variant.locale })
    await setStored(page, 'preferences', { elder: variant.care, chosen: true })
    fs.mkdirSync(path.join(OUT, variant.name), { recursive: true })
    let role = null
    const roleName = { resident: '陈志明', business: '广州禺味餐饮管理有限公司', clerk: '黄晓玲' }
    for (const [name, needs, route, query] of PAGES) {
      if (only && !name.includes(only)) continue
      if (role !== needs) {
        // the profile card names the user in either language
        await page.goto(`${baseUrl}/#/pages/me/index`)
        await page.reload()
        // the first load after the reset can race the app's own demo sign-in (seen twice in CI, never alone): reload up
        // to three times, saying what the page showed, then fail
        const roleButton = page.getByTestId(`role-${needs}`).first()
        for (let attempt = 1; attempt <= 3; attempt++) {
          if (await roleButton.waitFor({ timeout: 15000 }).then(() => true, () => false)) break
          const shown = await page.evaluate(() => (document.querySelector('.taro_page:last-of-type') || document.body).innerText.slice(0, 160)).catch(() => '?')
          console.log(`shots: no ${needs} role button on 我的 (attempt ${attempt}); the page showed: ${shown.replace(/\s+/g, ' ')}`)
          await page.goto(`${baseUrl}/#/pages/me/index`)
          await page.reload()
        }
        await roleButton.click({ timeout: 15000 })
        // the clerk signs in with the demo staff number (else every clerk page shows only 请以工作人员身份登录)
        if (needs === 'clerk') await staffSignIn(page)
        await page.waitForTimeout(800)
        if (roleName[needs]) await page.getByTestId('profile-card').first().getByText(roleName[needs]).first().waitFor({ timeout: 10000 })
        role = needs
      }
      const q = typeof query === 'function' ? await query(page) : query
      if (typeof query === 'function' && !q) {
        report.skipped.push(`${variant.name}/${name}`)
        continue
      }
      await page.goto(`${baseUrl}/#${route}${q ? `?${q}` : ''}`)
      await settle(page)
      const { found, info } = await page.evaluate(measure)
      report.pages++
      report.ellipsis += info.ellipsis
      report.orphans += info.orphan
      for (const f of found) report.problems.push({ variant: variant.name, page: name, ...f })
      await page.screenshot({ path: path.join(OUT, variant.name, `${name}.png`) })
    }
    for (const e of errors) report.problems.push({ variant: variant.name, page: '-', kind: 'page-error', where: e.slice(0, 200), detail: '' })
    report.variants[variant.name] = true
    await context.close()
  }
  await browser.close()
  server.close()
  report.seconds = Math.round((Date.now() - started) / 1000)
  fs.writeFileSync(path.join(OUT, 'report.json'), JSON.stringify(report, null, 2))
  const byKind = report.problems.reduce((m, p) => ({ ...m, [p.kind]: (m[p.kind] || 0) + 1 }), {})
  for (const p of report.problems) console.log(`  ✗ ${p.variant} ${p.page} [${p.kind}] ${p.where} ${p.detail}`)
  console.log(`shots: ${report.pages} pages in ${Object.keys(report.variants).length} variants, ${report.seconds} s; problems ${report.problems.length} ${JSON.stringify(byKind)}; intended ellipses ${report.ellipsis}, orphan lines ${report.orphans}; skipped ${report.skipped.length}`)
  console.log(`pictures in ${path.relative(ROOT, OUT)}/<variant>/<page>.png, figures in report.json`)
  process.exit(report.problems.length ? 1 : 0)
}

main().catch((e) => { console.error(e); process.exit(1) })

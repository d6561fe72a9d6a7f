/** Shared pieces of the H5 journeys: static server, browser, helpers. */
const fs = require('fs')
const http = require('http')
const path = require('path')
const { execSync } = require('child_process')
const { ENCODINGS, TEXT } = require('../scripts/compress')

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.pbf': 'application/x-protobuf' }

const compressedCache = new Map()
/** The file in `encoding` (br or gzip): the build's precompressed copy (npm run build:h5), else made once here. */
function compressed(file, encoding) {
  const { suffix, encode } = ENCODINGS[encoding]
  const mtime = fs.statSync(file).mtimeMs
  const ready = file + suffix
  if (fs.existsSync(ready) && fs.statSync(ready).mtimeMs >= mtime) return fs.readFileSync(ready)
  const hit = compressedCache.get(ready)
  if (hit && hit.mtime === mtime) return hit.body
  const body = encode(fs.readFileSync(file))
  compressedCache.set(ready, { mtime, body })
  return body
}

function serveStatic(root, port = 0) {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent((req.url || '/').split('?')[0])
    let file = path.join(root, urlPath)
    if (!file.startsWith(root)) { res.writeHead(403); res.end(); return }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html')
    const type = TYPES[path.extname(file)] || 'application/octet-stream'
    // Compressed like a real deployment (brotli where the browser takes it, else gzip), so Lighthouse's
    // network simulation sees real transfer sizes.
    const accepts = req.headers['accept-encoding'] || ''
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /gzip/.test(accepts) ? 'gzip' : null
    if (TEXT.test(file) && encoding) {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', 'content-encoding': encoding, vary: 'accept-encoding' })
      res.end(compressed(file, encoding))
      return
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' })
    fs.createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

function ensureChromium() {
  // Chinese glyphs need a CJK font, or screenshots show empty boxes.
  if (fs.existsSync('/usr/bin/chromium') && fs.existsSync('/usr/share/fonts/opentype/noto')) return
  console.log('installing Debian chromium (apt)…')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit' })
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader']

/** Call the API from inside the page (the msw worker answers), as the signed-in user when there is one. */
function api(page, method, path, body) {
  return page.evaluate(async ({ method, path, body }) => {
    let token
    try {
      const parsed = JSON.parse(localStorage.getItem('session'))
      const state = typeof parsed.data === 'string' ? JSON.parse(parsed.data) : parsed.data ?? parsed
      token = (state.state ?? state).token
    } catch {
      token = undefined
    }
    const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }
    const res = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined })
    return { status: res.status, body: await res.json().catch(() => null) }
  }, { method, path, body })
}

/** The demo clerk (README, and printed on the staff sign-in screen). */
const DEMO_STAFF = { staffId: 'PY0801', password: 'panyu-demo' }

/** On the staff sign-in screen: staff number and password, then sign in. */
async function staffSignIn(page, credentials = DEMO_STAFF) {
  await page.getByTestId('staff-signin').first().waitFor({ timeout: 15000 })
  await textInput(page, 'staff-id').fill(credentials.staffId)
  await textInput(page, 'staff-password').fill(credentials.password)
  await page.getByTestId('staff-submit').first().click()
}

/**
 * 我的 → 切换演示身份 → role, and wait until the profile card shows `label`.
 * Residents and businesses switch in one tap; 窗口人员 opens the staff sign-in, which comes back to 我的.
 */
async function switchRole(page, baseUrl, role, label) {
  await page.goto(`${baseUrl}/#/pages/me/index`)
  await page.getByTestId(`role-${role}`).first().click()
  if (role === 'clerk') await staffSignIn(page)
  await page.getByTestId('profile-card').first().getByText(label).first().waitFor({ timeout: 15000 })
}

class AssertionError extends Error {}

/** A text field by its test id: the id sits on the <input> itself (Taro's React Input) or on a box around it. */
function textInput(page, testId) {
  return page.locator(`input[data-testid="${testId}"]:visible, [data-testid="${testId}"]:visible input`).first()
}

function expect(condition, message) {
  if (!condition) throw new AssertionError(message)
}

module.exports = { serveStatic, ensureChromium, CHROMIUM_ARGS, expect, AssertionError, api, switchRole, staffSignIn, DEMO_STAFF, textInput }

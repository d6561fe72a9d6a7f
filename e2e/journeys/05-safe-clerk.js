/**
 * Issue 5: the resident opens the safe and makes a 收件码; the QR is read back
 * from a screenshot (jsQR in a blank page); the clerk pastes it by hand, sees
 * the holder and only the chosen documents and confirms receipt; the
 * resident's access log shows it; a second redemption is refused as used; a
 * code past its expiry (the mock's clock moved 6 minutes) is refused as expired;
 * and the H5 camera path: Chromium's fake camera plays a Y4M made from the QR.
 */
const fs = require('fs')
const os = require('os')
const path = require('path')
const { chromium } = require('playwright-core')
const { CHROMIUM_ARGS, api, switchRole, textInput } = require('../lib')

const JSQR = path.join(__dirname, '../../node_modules/jsqr/dist/jsQR.js')

/** In a page of its own (no app, no mock): `window.pngPixels(b64, width?, height?)` draws a PNG centred on white and returns its ImageData; jsQR is loaded. */
async function inBlankPage(browser, fn, arg) {
  const page = await browser.newPage()
  try {
    await page.setContent('<!doctype html><html><body></body></html>')
    await page.addScriptTag({ path: JSQR })
    await page.addScriptTag({
      content: `window.pngPixels = async (b64, width, height) => {
        const img = new Image()
        img.src = 'data:image/png;base64,' + b64
        await img.decode()
        const w = width || img.naturalWidth
        const h = height || img.naturalHeight
        const scale = Math.min(1, (h - (height ? 16 : 0)) / img.naturalHeight, (w - (width ? 16 : 0)) / img.naturalWidth)
        const canvas = document.createElement('canvas')
        canvas.width = w
        canvas.height = h
        const ctx = canvas.getContext('2d')
        ctx.fillStyle = '#fff'
        ctx.fillRect(0, 0, w, h)
        ctx.imageSmoothingEnabled = false
        const dw = Math.round(img.naturalWidth * scale)
        const dh = Math.round(img.naturalHeight * scale)
        ctx.drawImage(img, Math.round((w - dw) / 2), Math.round((h - dh) / 2), dw, dh)
        return ctx.getImageData(0, 0, w, h)
      }`,
    })
    return await page.evaluate(fn, arg)
  } finally {
    await page.close()
  }
}

/** Decode the QR in a PNG screenshot. */
function decodeQr(browser, png) {
  return inBlankPage(browser, async (b64) => {
    const data = await window.pngPixels(b64)
    const found = window.jsQR(data.data, data.width, data.height)
    return found ? found.data : null
  }, png.toString('base64'))
}

/**
 * A Y4M video (what Chromium's fake camera plays) of a PNG centred on white,
 * written without ffmpeg: grey levels in the Y plane, neutral chroma.
 */
async function pngToY4m(browser, png, file, width = 640, height = 480) {
  const luma = Buffer.from(await inBlankPage(browser, async ({ b64, width, height }) => {
    const rgba = (await window.pngPixels(b64, width, height)).data
    let bin = ''
    for (let i = 0; i < rgba.length; i += 4) bin += String.fromCharCode(Math.round(0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2]))
    return btoa(bin)
  }, { b64: png.toString('base64'), width, height }), 'base64')
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma])
  const frames = Array.from({ length: 30 }, () => frame)
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`), ...frames]))
}

async function makeCode(page, baseUrl, documents) {
  await page.goto(`${baseUrl}/#/pages/safe/index`)
  await page.getByTestId('safe-show-code').first().click()
  await page.getByTestId('code-choose').first().waitFor({ timeout: 10000 })
  for (const name of documents) {
    await page.getByTestId('document-choice').filter({ hasText: name }).first().click()
  }
  await page.getByTestId('code-generate').first().click()
  await page.getByTestId('code-qr').first().locator('img').waitFor({ timeout: 10000 })
  await page.waitForFunction(() => {
    const img = document.querySelector('[data-testid="code-qr"] img')
    return img && img.complete && img.naturalWidth > 0
  })
}

async function redeemByHand(page, text) {
  const field = page.locator('[data-testid="clerk-manual"] textarea').first()
  await field.waitFor({ timeout: 10000 })
  await field.fill(text)
  await page.getByTestId('clerk-manual-submit').first().click()
}

async function expectRefusal(page, expect, code, text) {
  const refusal = page.getByTestId('clerk-refusal').first()
  await refusal.waitFor({ timeout: 10000 })
  const shown = await refusal.getAttribute('data-code')
  expect(shown === code, `refused as ${code}, got ${shown}`)
  expect((await refusal.innerText()).includes(text), `refusal says ${text}`)
}

module.exports = {
  name: 'safe: submission code → clerk redeems (pasted, and by fake camera) → access log; used and expired refused',
  async run({ page, context, baseUrl, shot, expect, browser, contextDefaults }) {
    await page.goto(`${baseUrl}/`)
    await page.getByText('身份证明').first().waitFor({ timeout: 15000 })

    // the safe, grouped, numbers masked
    await page.goto(`${baseUrl}/#/pages/safe/index`)
    await page.getByTestId('document-row').first().waitFor({ timeout: 10000 })
    const safeText = await page.getByTestId('document-list').first().innerText()
    expect(safeText.includes('电子证照') && safeText.includes('居民身份证'), 'licences listed')
    expect(!safeText.includes('440126198511203211'), 'ID number never shown in full')
    await shot('safe')

    // upload a material (metadata only), open it, delete it
    await page.getByTestId('safe-upload').first().click()
    await page.getByTestId('upload-form').first().waitFor({ timeout: 10000 })
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('pick-file').first().click()])
    await chooser.setFiles({ name: 'employment-proof.png', mimeType: 'image/png', buffer: Buffer.alloc(2048, 1) })
    await textInput(page, 'material-name').fill('在职证明')
    await page.getByTestId('material-type-proof').first().click()
    await shot('safe-upload')
    await page.getByTestId('upload-submit').first().click()
    await page.getByTestId('document-row').filter({ hasText: '在职证明' }).first().waitFor({ timeout: 10000 })
    await page.getByTestId('document-row').filter({ hasText: '在职证明' }).first().click()
    const detail = page.getByTestId('document-detail').first()
    await detail.waitFor({ timeout: 10000 })
    expect((await detail.innerText()).includes('employment-proof.png'), 'material detail shows its file')
    await shot('safe-document')
    await page.getByTestId('delete-document').first().click()
    await page.getByText('确定').last().click()
    await page.getByTestId('document-list').first().waitFor({ timeout: 10000 })
    await page.waitForFunction(() => !document.body.innerText.includes('在职证明'), null, { timeout: 10000 })

    // 收件码 over two documents
    await makeCode(page, baseUrl, ['居民身份证', '居民户口簿'])
    const scope = await page.getByTestId('code-scope').first().innerText()
    expect(scope.includes('居民身份证') && scope.includes('居民户口簿') && !scope.includes('结婚证'), `scope shown: ${scope}`)
    const digits = (await page.getByTestId('code-digits').first().innerText()).replace(/\s/g, '')
    expect(/^\d{8}$/.test(digits), `8 short digits under the QR: ${digits}`)
    await shot('safe-code')

    // read the QR back from a screenshot of the page
    const png = await page.getByTestId('code-qr').first().screenshot()
    const scanned = await decodeQr(browser, png)
    expect(scanned && /^PYSC1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(scanned), 'QR decodes to a signed PYSC1 code')

    // the clerk: shortcut on home, paste the code, see the holder and the two documents
    await switchRole(page, baseUrl, 'clerk', '窗口人员')
    await page.goto(`${baseUrl}/#/pages/home/index`)
    await page.getByRole('button', { name: '扫码核验' }).first().click()
    await page.getByTestId('scan-desk').first().waitFor({ timeout: 10000 })
    await redeemByHand(page, scanned)
    await page.getByTestId('clerk-result').first().waitFor({ timeout: 10000 })
    const result = await page.getByTestId('clerk-result').first().innerText()
    expect(result.includes('陈志明') && /4401\*+3211/.test(result), 'holder with masked ID')
    expect(!result.includes('440126198511203211'), 'full ID never shown to the clerk')
    expect(result.includes('居民身份证') && result.includes('居民户口簿'), 'scoped documents shown')
    expect(!result.includes('结婚证') && !result.includes('不动产权证书'), 'nothing outside the scope')
    await shot('clerk-result')
    await page.getByTestId('clerk-confirm').first().click()
    await page.getByTestId('clerk-done').first().waitFor({ timeout: 10000 })

    // the same code again: refused as used
    await page.getByTestId('clerk-next').first().click()
    await redeemByHand(page, scanned)
    await expectRefusal(page, expect, 'CODE_USED', '码已被使用')
    await shot('clerk-refused-used')

    // the resident's access log shows the redemption
    await switchRole(page, baseUrl, 'resident', '居民')
    await page.goto(`${baseUrl}/#/subpackages/safe/log/index`)
    const entry = page.getByTestId('access-entry').first()
    await entry.waitFor({ timeout: 10000 })
    const logged = await entry.innerText()
    expect(logged.includes('番禺区政务服务中心') && logged.includes('黄**') && logged.includes('A08'), `clerk (masked) and hall logged: ${logged}`)
    expect(logged.includes('居民身份证') && logged.includes('居民户口簿') && logged.includes('已收件'), 'documents and receipt logged')
    expect(!logged.includes('黄晓玲'), 'clerk name masked')
    await shot('safe-log')

    // a code past its 5 minutes: refused as expired (typed as its short digits)
    await makeCode(page, baseUrl, ['居民户口簿'])
    const stale = (await page.getByTestId('code-digits').first().innerText()).replace(/\s/g, '')
    await switchRole(page, baseUrl, 'clerk', '窗口人员')
    const moved = (await api(page, 'POST', '/api/dev/clock', { advanceMinutes: 6 })).status
    expect(moved === 200, 'mock clock moved')
    await page.goto(`${baseUrl}/#/subpackages/clerk/scan/index`)
    await redeemByHand(page, stale)
    await expectRefusal(page, expect, 'CODE_EXPIRED', '码已过期')
    await shot('clerk-refused-expired')

    // the H5 camera: Chromium's fake camera plays the QR, jsQR reads it from the frames
    await switchRole(page, baseUrl, 'resident', '居民')
    await makeCode(page, baseUrl, ['社会保障卡'])
    const video = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'safe-cam-')), 'qr.y4m')
    await pngToY4m(browser, await page.getByTestId('code-qr').first().screenshot(), video)
    const state = await context.storageState()
    const camera = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    })
    try {
      const camContext = await camera.newContext({ ...contextDefaults, storageState: state })
      // the counter's browser shares the resident's moment (the runner moved the first one's clock)
      await camContext.clock.install({ time: await page.evaluate(() => Date.now()) })
      const cam = await camContext.newPage()
      const errors = []
      cam.on('pageerror', (e) => errors.push(String(e)))
      await switchRole(cam, baseUrl, 'clerk', '窗口人员')
      await cam.goto(`${baseUrl}/#/subpackages/clerk/scan/index`)
      await cam.getByTestId('clerk-scan').first().click()
      await cam.getByTestId('clerk-result').first().waitFor({ timeout: 20000 })
      const camResult = await cam.getByTestId('clerk-result').first().innerText()
      expect(camResult.includes('社会保障卡') && !camResult.includes('居民户口簿'), 'camera scan redeemed the code with its one document')
      expect(await cam.getByTestId('camera-overlay').count() === 0, 'camera closed after the scan')
      expect(errors.length === 0, `camera page errors: ${errors.join(' | ')}`)
      await cam.waitForTimeout(600)
      await cam.screenshot({ path: path.join(__dirname, '../screenshots/clerk-camera-result.png') })
    } finally {
      await camera.close()
      fs.rmSync(path.dirname(video), { recursive: true, force: true })
    }
  },
}

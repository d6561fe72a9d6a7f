/**
 * The H5 build made with TARO_APP_API_BASE against `npm run mock:server` on
 * another origin: no mock in the page; home and the safe load over HTTP; the
 * CORS answers let the page send every header the client sends
 * (authorization, idempotency-key, content-type: a preflight) and read
 * x-server-time; a booking (an idempotent POST) goes through and is still
 * there after a reload, read back from the server.
 */
const { API_BASE } = require('../http-backend')

module.exports = {
  name: 'H5 over HTTP against npm run mock:server (CORS)',
  async run({ page, baseUrl, shot, expect }) {
    const vis = (testId) => page.locator(`[data-testid="${testId}"]:visible`)
    const apiCalls = []
    page.on('response', (res) => { if (res.url().startsWith(API_BASE)) apiCalls.push(`${res.request().method()} ${res.status()}`) })

    await page.goto(`${baseUrl}/`)
    await page.getByText('身份证明').first().waitFor({ timeout: 20000 })
    expect(!(await page.evaluate(() => document.documentElement.dataset.mock)), 'no mock in the page')
    expect(apiCalls.length > 0 && apiCalls.every((c) => !/ 5\d\d$/.test(c)), `home read from the server: ${apiCalls.join(', ')}`)
    await shot('http-home')

    // what a real backend must answer: a preflighted request with the client's headers, and a readable server time
    const cors = await page.evaluate(async (base) => {
      const session = JSON.parse(localStorage.getItem('session'))
      const state = typeof session.data === 'string' ? JSON.parse(session.data) : session.data ?? session
      const token = (state.state ?? state).token
      const res = await fetch(`${base}/api/me`, { headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': 'e2e-cors-check' } })
      return { status: res.status, serverTime: res.headers.get('x-server-time'), origin: location.origin }
    }, API_BASE)
    expect(cors.origin !== API_BASE, 'the app and the API are different origins')
    expect(cors.status === 200, `preflighted GET /api/me with authorization and idempotency-key: ${cors.status}`)
    expect(Number(cors.serverTime) > 0, `x-server-time readable across origins: ${cors.serverTime}`)

    // a write: book the centre's earliest free slot
    const halls = await (await fetch(`${API_BASE}/api/halls`)).json()
    const centre = halls.items.find((h) => h.kind === 'centre')
    await page.goto(`${baseUrl}/#/subpackages/halls/hall/index?id=${centre.id}`)
    await vis('hall-book').first().click({ timeout: 15000 })
    await vis('item-option').getByText('居住证申领').first().click()
    const dates = page.locator('[data-testid^="slot-date-"]:visible')
    await dates.first().waitFor({ timeout: 15000 })
    for (let i = 0; i < 7; i++) {
      if ((await vis('slot').count()) > 0) break
      await dates.nth(i).click()
      await page.waitForTimeout(300)
    }
    await vis('slot').first().click()
    await vis('booking-confirm').first().click()
    await vis('checkin-qr').first().waitFor({ timeout: 15000 })
    await shot('http-booked')

    await page.goto(`${baseUrl}/#/subpackages/appointments/mine/index`)
    await page.reload()
    await vis('appointment-card').first().waitFor({ timeout: 15000 })
    expect((await vis('appointment-card').first().innerText()).includes('居住证申领'), 'the booking is read back from the server after a reload')
    expect(apiCalls.some((c) => c.startsWith('POST 2')), `a POST went through: ${apiCalls.join(', ')}`)
  },
}

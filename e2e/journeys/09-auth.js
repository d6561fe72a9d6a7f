/**
 * Sign-in like a real service: a clerk signs in with the staff number and
 * password (a wrong one is refused), reaches the scanner, signs out; a resident
 * signs in by phone and one-time code and cannot reach clerk screens; an expired
 * session (the mock clock moved 8 days) brings the user to sign-in and, once
 * signed in, back to the same screen with its params.
 */
const { api, staffSignIn, textInput } = require('../lib')

async function otpSignIn(page, phone) {
  await page.getByTestId('signin').first().waitFor({ timeout: 15000 })
  await textInput(page, 'signin-phone').fill(phone)
  await page.getByTestId('signin-send').first().click()
  const dev = await page.getByTestId('signin-dev-code').first().innerText({ timeout: 10000 })
  const code = /(\d{6})/.exec(dev)[1]
  await textInput(page, 'signin-code').fill(code)
}

module.exports = {
  name: 'sign-in: clerk by staff number, resident kept off clerk screens, sign-out, expired session back to the same screen',
  async run({ page, baseUrl, shot, expect }) {
    await page.goto(`${baseUrl}/#/pages/me/index`)
    await page.getByTestId('profile-card').first().getByText('居民').first().waitFor({ timeout: 15000 })

    // 窗口人员 is not a one-tap demo role: it opens the staff sign-in
    await page.getByTestId('role-clerk').first().click()
    await page.getByTestId('staff-signin').first().waitFor({ timeout: 10000 })
    expect((await page.getByTestId('staff-signin').first().innerText()).includes('工号 PY0801，密码 panyu-demo'), 'demo credentials printed on the screen')
    const demoClerk = await api(page, 'POST', '/api/auth/demo-login', { role: 'clerk' })
    expect(demoClerk.status === 403, `demo-login as clerk refused: ${demoClerk.status}`)
    await staffSignIn(page, { staffId: 'PY0801', password: 'not-the-password' })
    await page.getByText('工号或密码不正确，还可尝试 4 次').first().waitFor({ timeout: 10000 })
    await shot('auth-staff-signin-wrong')
    await staffSignIn(page)
    const card = page.getByTestId('profile-card').first()
    await card.getByText('窗口人员').first().waitFor({ timeout: 15000 })
    expect((await card.innerText()).includes('A08'), 'the clerk’s window comes with the session')
    await page.goto(`${baseUrl}/#/subpackages/clerk/scan/index`)
    await page.getByTestId('scan-desk').first().waitFor({ timeout: 10000 })

    // sign out: the token stops working, the staff sign-in is next
    await page.goto(`${baseUrl}/#/pages/me/index`)
    const token = await page.evaluate(() => {
      // Taro storage wraps the value: {data: '<zustand JSON>'}
      const parsed = JSON.parse(localStorage.getItem('session'))
      const state = typeof parsed.data === 'string' ? JSON.parse(parsed.data) : parsed
      return state.state.token
    })
    expect(!!token, 'a token was stored')
    await page.getByTestId('sign-out').first().click()
    await page.getByText('退出登录').last().click()
    await page.getByTestId('staff-signin').first().waitFor({ timeout: 10000 })
    await shot('auth-signed-out')
    const revoked = await page.evaluate(async (t) => (await fetch('/api/me', { headers: { authorization: `Bearer ${t}` } })).status, token)
    expect(revoked === 401, `the signed-out token is refused: ${revoked}`)

    // a resident signs in by phone and code, and cannot reach clerk screens
    await page.goto(`${baseUrl}/#/subpackages/account/signin/index`)
    await otpSignIn(page, '13926045678')
    await shot('auth-signin-otp')
    await page.getByTestId('signin-submit').first().click()
    await page.getByTestId('profile-card').first().getByText('居民').first().waitFor({ timeout: 15000 })
    await page.goto(`${baseUrl}/#/subpackages/clerk/scan/index`)
    await page.getByText('仅限窗口工作人员，请用工号登录').first().waitFor({ timeout: 10000 })
    expect(await page.getByTestId('scan-desk').count() === 0, 'no scanner for a resident')
    await shot('auth-resident-on-clerk-screen')
    const redeem = await api(page, 'POST', '/api/clerk/redeem', { code: '12345678' })
    expect(redeem.status === 403, `a resident token cannot redeem: ${redeem.status}`)

    // the session runs out while a document is open: sign-in, then the same document again
    await page.goto(`${baseUrl}/#/subpackages/safe/document/index?id=lic-resident-hukou`)
    await page.getByTestId('document-detail').first().waitFor({ timeout: 10000 })
    const moved = await api(page, 'POST', '/api/dev/clock', { advanceMinutes: 8 * 24 * 60 })
    expect(moved.status === 200, 'mock clock moved 8 days')
    await page.reload()
    await page.getByTestId('signin').first().waitFor({ timeout: 15000 })
    expect(page.url().includes('redirect='), `sign-in keeps where the user was: ${page.url()}`)
    await page.getByText('登录已失效，请重新登录，登录后回到刚才的页面').first().waitFor({ timeout: 5000 })
    await shot('auth-expired-signin')
    await otpSignIn(page, '13926045678')
    await page.getByTestId('signin-submit').first().click()
    const detail = page.getByTestId('document-detail').first()
    await detail.waitFor({ timeout: 15000 })
    expect((await detail.innerText()).includes('居民户口簿'), `back on the same document: ${page.url()} ${JSON.stringify(await api(page, 'GET', '/api/safe/documents/lic-resident-hukou'))}`)
    expect(page.url().includes('id=lic-resident-hukou'), `same params: ${page.url()}`)
    await shot('auth-expired-back')
  },
}

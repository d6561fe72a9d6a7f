/**
 * Issue 17 item 4: the business's 食品经营许可证 is 30 days from expiry (seeded so on any day): the home shows a
 * small card, the safe lists it, one tap opens the renewal booking pre-filled (its item chosen, the licence named);
 * 知道了 hides the card until the next stage.
 */
const { switchRole } = require('../lib')

module.exports = {
  name: 'a licence 30 days from expiry shows a card on the home and opens its renewal pre-filled',
  async run({ page, baseUrl, shot, expect }) {
    const byId = (id) => page.locator(`[data-testid="${id}"]:visible`).first()
    await switchRole(page, baseUrl, 'business', '广州禺味餐饮管理有限公司')
    await page.goto(`${baseUrl}/#/pages/home/index`)
    const card = byId('expiry-card')
    await card.waitFor({ timeout: 15000 })
    const text = await card.innerText()
    expect(text.includes('食品经营许可证') && text.includes('30 天后到期'), `the home card names the licence and 30 天后到期 (${text})`)
    const box = await card.boundingBox()
    expect(box && box.height <= 80, `the home card stays small (${box && box.height}px)`)
    await shot('renewal-01-home-card')

    // the safe lists it too, with 去续办
    await page.goto(`${baseUrl}/#/pages/safe/index`)
    await byId('expiry-reminder').waitFor({ timeout: 15000 })
    expect((await byId('expiry-reminder').innerText()).includes('30 天后到期'), 'the safe lists the licence as 30 天后到期')
    await shot('renewal-02-safe-list')

    // one tap from the home card: the booking for 食品经营许可 (its 延续 情形) with the licence named on top
    await page.goto(`${baseUrl}/#/pages/home/index`)
    await byId('expiry-card-open').click()
    await byId('renewal-note').waitFor({ timeout: 15000 })
    expect((await byId('renewal-note').innerText()).includes('续办：食品经营许可证'), 'the booking names the licence it renews')
    expect(page.url().includes('itemId=scjgj-2-0-b'), `the booking is for the renewal item (${page.url()})`)
    await byId('recommendation').waitFor({ timeout: 15000 })
    await shot('renewal-03-booking-halls')
    await byId('recommendation').click()
    await byId('booking-form').waitFor({ timeout: 15000 })
    await page.getByText('食品经营许可', { exact: true }).first().waitFor({ timeout: 15000 })
    await shot('renewal-04-booking-form')

    // 知道了 hides it until its next stage (7 days; the jest test moves the clock there), and it stays hidden after a reload
    await page.goto(`${baseUrl}/#/pages/home/index`)
    await byId('expiry-dismiss').click()
    await page.locator('[data-testid="expiry-card"]').first().waitFor({ state: 'detached', timeout: 5000 })
    await page.reload()
    await page.locator('.home-hero').first().waitFor({ timeout: 15000 })
    await page.waitForTimeout(1500)
    expect((await page.locator('[data-testid="expiry-card"]').count()) === 0, 'the dismissed card stays hidden after a reload')
    await shot('renewal-05-home-dismissed')
  },
}

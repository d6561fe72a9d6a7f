/**
 * The catalogue as a resident reads it: a theme lists items by their everyday names (居民身份证办理, not
 * 居民身份证申请（个人）); search for 身份证 finds them; the item's guide lists its 情形 and shows the chosen
 * one's materials (遗失补领 asks for a statement of the loss) and whether it can be booked; booking 遗失补领 carries it
 * through the booking to the appointment page, which names it and lists its materials.
 */
const { textInput } = require('../lib')

module.exports = {
  name: 'items with 情形: theme list, search 身份证, choose a situation on the guide',
  async run({ page, baseUrl, shot, expect }) {
    const byId = (id) => page.locator(`[data-testid="${id}"]`).first()
    const vis = (id) => page.locator(`[data-testid="${id}"]:visible`)
    await page.goto(`${baseUrl}/#/pages/services/index`)
    const input = textInput(page, 'catalogue-search')
    await input.waitFor({ timeout: 15000 })
    await page.locator('.catalogue-chip', { hasText: '身份证明' }).first().click()
    await page.waitForFunction(() => (document.body.textContent || '').includes('居民身份证办理'), null, { timeout: 10000 })
    const list = await page.locator('[data-testid="item-row"]').allInnerTexts()
    expect(list.length > 5, `the 身份证明 theme lists its items (saw ${list.length})`)
    expect(list.every((row) => !/（个人）|（单位）/.test(row)), 'no applicant suffix in the names')
    await shot('catalogue-02-theme-identity')

    // the search over everything (a chosen theme would narrow it to that theme's items)
    await page.locator('.catalogue-chip', { hasText: '全部' }).first().click()
    await input.fill('身份证')
    await byId('search-section-item').waitFor({ timeout: 10000 })
    const found = await byId('search-section-item').innerText()
    expect(found.includes('居民身份证办理'), `身份证 finds 居民身份证办理 (saw ${found.slice(0, 200)})`)
    expect(!/注销（单位）|（单位）/.test(found), 'no 居民身份证注销（单位）')
    await shot('catalogue-03-search-idcard')

    await page.goto(`${baseUrl}/#/subpackages/catalogue/item/index?id=gaj-0-0-p`)
    await byId('item-situations').waitFor({ timeout: 15000 })
    const chips = await page.locator('[data-testid="item-situation"]').allInnerTexts()
    expect(chips.includes('首次申领') && chips.includes('遗失补领'), `the 情形 are listed (saw ${chips.join('、')})`)
    expect(!(await page.getByText('遗失情况说明').count()), 'the first 情形 asks for no statement of loss')
    // a 情形 done online: the guide says so, and offers no 预约 for it
    await page.locator('[data-testid="item-situation"]', { hasText: '办理进度及结果查询' }).click()
    await byId('item-situation-note').waitFor({ timeout: 5000 })
    expect((await byId('item-situation-note').innerText()).includes('全程网办'), 'an online 情形 says so')
    expect(!(await vis('item-book').count()), 'no 预约 for a 情形 done online')
    await page.locator('[data-testid="item-situation"]', { hasText: '遗失补领' }).click()
    await page.getByText('遗失情况说明').first().waitFor({ timeout: 5000 })
    expect(await byId('item-book').isVisible(), '遗失补领 can be booked')
    await shot('catalogue-04-item-situations')

    // book 遗失补领 (not the first 情形): the hall, the booking naming it, the appointment with its materials
    await vis('item-book').first().click()
    await vis('recommendation').first().waitFor({ timeout: 15000 })
    await vis('recommendation').first().click()
    await vis('booking-situation').first().waitFor({ timeout: 15000 })
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="booking-situation"]')].some((e) => e.offsetParent !== null && e.textContent.includes('遗失补领')), null, { timeout: 10000 })
    await vis('slot').first().waitFor({ timeout: 15000 })
    await vis('slot').first().click()
    await shot('catalogue-05-book-situation')
    await vis('booking-confirm').first().click()
    await vis('appointment-situation').first().waitFor({ timeout: 15000 })
    const named = await vis('appointment-situation').first().innerText()
    expect(named.includes('遗失补领'), `the appointment names the 情形 (saw ${named})`)
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="appointment-material"]')].some((e) => e.offsetParent !== null && e.textContent.includes('遗失情况说明')), null, { timeout: 10000 })
    const bring = await page.locator('[data-testid="appointment-material"]:visible').allInnerTexts()
    expect(bring.some((m) => m.includes('遗失情况说明')), `遗失补领's materials to bring (saw ${bring.join('、')})`)
    await shot('catalogue-06-appointment-situation')
  },
}

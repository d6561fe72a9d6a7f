/**
 * An item that cannot be booked (全程网办) says so on its guide, with the
 * online action and no 预约 button.
 */
module.exports = {
  name: 'a non-bookable item says why instead of offering a booking',
  async run({ page, baseUrl, shot, expect }) {
    const byId = (id) => page.locator(`[data-testid="${id}"]`).first()
    await page.goto(`${baseUrl}/#/subpackages/catalogue/item/index?id=swuj-3-0-p`)
    await byId('item-apply').waitFor({ timeout: 15000 })
    expect((await page.locator('body').innerText()).includes('此事项全程网办，无需到现场'), 'the guide says it is done fully online')
    expect((await page.locator('[data-testid="item-book"]').count()) === 0, 'no 预约 button on a non-bookable item')
    await page.mouse.wheel(0, 4000)
    await page.waitForTimeout(300)
    await shot('catalogue-01-not-bookable-item')
  },
}

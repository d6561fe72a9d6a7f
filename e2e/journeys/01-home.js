/** Open home → themes from the mock → search an item (Chinese and pinyin initials) → every tab page. */
const { textInput } = require('../lib')
module.exports = {
  name: 'home, search and tab pages',
  async run({ page, baseUrl, shot, expect }) {
    await page.goto(`${baseUrl}/`)
    await page.getByText('身份证明').first().waitFor({ timeout: 15000 })
    await page.getByText('开办设立').first().waitFor()
    await shot('home')

    await page.getByText('说说要办什么').first().click()
    await page.waitForURL(/services/)
    const input = textInput(page, 'catalogue-search')
    await input.waitFor()
    await input.fill('城镇污水')
    await page.getByText('城镇污水排入排水管网许可').first().waitFor()
    const count = await page.getByTestId('result-count').first().innerText()
    expect(/找到 \d+ 个结果/.test(count), `result count shown: ${count}`)
    await shot('services-search')

    await page.getByText('城镇污水排入排水管网许可').first().click()
    await page.getByTestId('item-guide').first().waitFor()
    await page.getByText('申请材料').first().waitFor()
    await shot('item-guide')

    // H5 title bar: the page's title and a way back; opened directly (nothing to go back to), a way home
    expect(await page.evaluate(() => document.documentElement.lang) === 'zh-CN', '<html lang> is zh-CN in Chinese')
    const header = page.locator('[data-testid="page-header"]:visible').first()
    expect((await header.innerText()).includes('办事指南'), `the title bar names the page: ${await header.innerText()}`)
    const itemUrl = page.url()
    await page.locator('[data-testid="header-back"]:visible').first().click()
    await page.waitForURL(/services/)
    await textInput(page, 'catalogue-search').waitFor()
    // the guide slides out (Taro's router, ~300 ms); then the tab page shows no title bar
    const noHeader = await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid="page-header"]')].some((el) => el.offsetParent !== null), null, { timeout: 5000 }).then(() => true, () => false)
    expect(noHeader, 'tab pages have no title bar')
    await page.goto(itemUrl)
    await page.reload()
    await page.getByTestId('item-guide').first().waitFor({ timeout: 15000 })
    expect(await page.locator('[data-testid="header-back"]:visible').count() === 0, 'no back button with nothing to go back to')
    await shot('item-guide-opened-directly')
    await page.locator('[data-testid="header-home"]:visible').first().click()
    await page.getByText('身份证明').first().waitFor({ timeout: 10000 })

    for (const [tab, marker, name] of [['预约', '番禺区政务服务中心', 'tab-appointments'], ['证照', '居民身份证', 'tab-safe'], ['我的', '切换演示身份', 'tab-me']]) {
      await page.goto(`${baseUrl}/#/pages/home/index`)
      await page.locator('.weui-tabbar__label', { hasText: tab }).first().click()
      await page.getByText(marker).first().waitFor({ timeout: 10000 })
      await shot(name)
    }
    const masked = await page.getByTestId('profile-card').first().innerText()
    expect(/4401\*+3211/.test(masked), 'ID number shown masked on 我的')
    expect(!masked.includes('440126198511203211'), 'full ID number never shown')
  },
}

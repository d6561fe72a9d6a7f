/**
 * One search in plain words: 生孩子 → 新生儿出生一件事 on top → open it;
 * 开饭店 → 开办餐饮店一件事 (which holds the business licence) and 食品经营许可; 办护照 → where it is done; the
 * catalogue scrolled past 20 items; 问一问 "要带什么" on an item answers with
 * its materials.
 */
const { textInput } = require('../lib')

module.exports = {
  name: 'search in plain words, sections with why-lines, paging past 20',
  async run({ page, baseUrl, shot, expect }) {
    const byId = (id) => page.locator(`[data-testid="${id}"]`).first()
    await page.goto(`${baseUrl}/#/pages/services/index`)
    const input = textInput(page, 'catalogue-search')
    await input.waitFor({ timeout: 15000 })
    const placeholder = await input.getAttribute('placeholder')
    expect(!/pszm/.test(placeholder || '') && /生孩子/.test(placeholder || ''), `the hint shows words a resident types (saw ${placeholder})`)

    await input.fill('生孩子')
    await byId('search-section-bundle').waitFor({ timeout: 10000 })
    const firstSection = await page.locator('[data-testid^="search-section-"]').first().getAttribute('data-testid')
    expect(firstSection === 'search-section-bundle', `the 一件事 section comes first (saw ${firstSection})`)
    expect((await byId('bundle-hit').innerText()).includes('新生儿出生一件事'), 'the newborn bundle is on top')
    expect((await byId('search-why').innerText()).includes('生孩子 → 新生儿出生一件事'), 'its why-line says what matched')
    await shot('search-01-newborn')
    await byId('bundle-hit').click()
    await byId('bundle-overview').waitFor({ timeout: 10000 })
    expect((await byId('bundle-overview').innerText()).includes('新生儿出生一件事'), 'the newborn bundle opened')
    // back at once, inside Taro's ~300 ms slide-in: its late hide timer used to blank the tab page (shared/boot/pageShadeGuard)
    await page.goBack()
    await input.waitFor({ timeout: 10000 })
    await page.waitForTimeout(600)
    expect(await input.isVisible(), 'the 办事 tab is still there after a quick back, once the slide-in timer has run')
    await input.fill('开饭店')
    await page.waitForFunction(() => (document.querySelector('[data-testid="search-section-item"]')?.textContent || '').includes('食品经营许可'), null, { timeout: 10000 })
    const bundles = await byId('search-section-bundle').innerText()
    expect(bundles.includes('开办餐饮店一件事'), `开办餐饮店 is offered for 开饭店 (saw ${bundles})`)
    await shot('search-02-restaurant')

    await input.fill('办护照')
    await byId('search-elsewhere').waitFor({ timeout: 10000 })
    const card = await byId('search-elsewhere').innerText()
    expect(card.includes('出入境') && !(await page.getByText(/没有找到/).count()), `办护照 says where it is done: ${card}`)
    await shot('search-03-passport')

    // the catalogue by theme goes on past 20: scrolling to the bottom loads the next page
    await input.fill('')
    await page.locator('.catalogue-chip', { hasText: '社保医保' }).first().click()
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="item-row"]').length === 20, null, { timeout: 10000 })
    await page.mouse.wheel(0, 40000)
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="item-row"]').length > 20, null, { timeout: 10000 }).catch(async () => {
      // no reach-bottom event in this viewport: the button does the same
      await byId('load-more').click()
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="item-row"]').length > 20, null, { timeout: 10000 })
    })
    const rows = await page.locator('[data-testid="item-row"]').count()
    expect(rows > 20, `more than 20 items after scrolling (saw ${rows})`)
    await shot('search-04-past-20')

    // 问一问 on an item's guide: 要带什么 → its materials, with apply and book
    await page.goto(`${baseUrl}/#/subpackages/catalogue/item/index?id=residence-permit`)
    await byId('ask-box').waitFor({ timeout: 15000 })
    await byId('ask-box').scrollIntoViewIfNeeded()
    await page.locator('[data-testid="ask-box"] >> text=要带什么').first().click()
    await byId('ask-answer').waitFor({ timeout: 10000 })
    const answer = await byId('ask-answer').innerText()
    expect(answer.includes('居住证明') && answer.includes('近期免冠彩色照片'), `要带什么 answered with the materials: ${answer}`)
    expect(await byId('ask-action-book').count() === 1, 'the answer offers booking')
    await byId('ask-answer').scrollIntoViewIfNeeded()
    await shot('search-05-ask')
  },
}

/**
 * 关怀模式 and English: switch both on in 我的, walk home → catalogue → item,
 * screenshot each screen, and assert no text overflows its box.
 */
const { textInput } = require('../lib')
async function overflowingText(page) {
  return page.evaluate(() => {
    const bad = []
    for (const el of document.querySelectorAll('#app *, .ui-tabbar *')) {
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim())
      if (!ownText || el.clientWidth === 0) continue
      const style = getComputedStyle(el)
      if (style.display === 'inline' || ['auto', 'scroll'].includes(style.overflowX)) continue
      // Let a scrolling ancestor (chip rows) scroll sideways on purpose.
      if (el.closest('[class*="chips"], .taro-scroll-view__scroll-x')) continue
      if (el.scrollWidth > el.clientWidth + 1) bad.push(`${el.tagName.toLowerCase()}.${el.className}: "${el.textContent.trim().slice(0, 30)}" ${el.scrollWidth}>${el.clientWidth}`)
    }
    return bad
  })
}

module.exports = {
  name: 'elder mode and English: larger text, nothing clipped',
  async run({ page, baseUrl, shot, expect }) {
    await page.goto(`${baseUrl}/#/pages/me/index`)
    await page.getByText('切换演示身份').first().waitFor({ timeout: 15000 })
    await page.locator('[data-testid="elder-switch"]').first().click()
    await page.getByTestId('language-switch').first().click()
    await page.getByText('Switch demo account').first().waitFor()
    const lang = await page.evaluate(() => document.documentElement.lang)
    expect(lang === 'en', `<html lang> follows the language (saw "${lang}")`)
    const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.ui-cell__title')).fontSize))
    expect(bodySize >= 20, `elder mode body text is ${bodySize}px, wants ≥ 20px`)
    await shot('access-me-elder-en')
    // The tab bar, taller in 关怀模式, never covers the end of a tab page.
    const ends = await page.evaluate(() => {
      const shown = [...document.querySelectorAll('.taro_page')].find((el) => el.offsetParent)
      shown.scrollTop = shown.scrollHeight
      const cells = shown.querySelectorAll('.ui-cell')
      return { content: Math.round(cells[cells.length - 1].getBoundingClientRect().bottom), bar: Math.round(document.querySelector('.ui-tabbar').getBoundingClientRect().top) }
    })
    expect(ends.content <= ends.bar, `the last row of 我的 ends at ${ends.content}px, under the tab bar at ${ends.bar}px`)

    await page.goto(`${baseUrl}/#/pages/home/index`)
    await page.getByText('Find a service').first().waitFor({ timeout: 15000 })
    const actions = await page.locator('.home-elder__action').count()
    expect(actions === 5, `elder home shows the five most used actions (saw ${actions})`)
    await page.locator('.weui-tabbar__label', { hasText: 'Home' }).first().waitFor({ timeout: 5000 })
    await shot('access-home-elder-en')
    let bad = await overflowingText(page)
    expect(bad.length === 0, `text overflows on home: ${bad.slice(0, 5).join(' | ')}`)

    await page.goto(`${baseUrl}/#/pages/services/index`)
    const input = textInput(page, 'catalogue-search')
    await input.waitFor({ timeout: 15000 })
    await input.fill('城镇污水')
    // the real item shows its English name in English (the generated grid's Chinese look-alikes are gone)
    await page.getByText('Permit to discharge sewage into the drainage network').first().waitFor()
    await shot('access-services-elder-en')
    const title = await page.title()
    expect(title === 'Services', `the catalogue's title is in English (saw "${title}")`)
    bad = await overflowingText(page)
    expect(bad.length === 0, `text overflows on the catalogue: ${bad.slice(0, 5).join(' | ')}`)

    await page.getByText('Permit to discharge sewage into the drainage network').first().click()
    await page.getByTestId('item-guide').first().waitFor({ timeout: 15000 })
    await shot('access-item-elder-en')
    bad = await overflowingText(page)
    expect(bad.length === 0, `text overflows on the item guide: ${bad.slice(0, 5).join(' | ')}`)

    const targets = await page.evaluate(() => Array.from(document.querySelectorAll('.ui-button, .ui-cell[role="button"], .home-shortcut')).filter((el) => el.offsetParent).map((el) => el.getBoundingClientRect().height))
    expect(targets.every((h) => h >= 47.5), `touch targets under 48px in elder mode: ${targets.filter((h) => h < 47.5).join(', ')}`)

    await page.goto(`${baseUrl}/#/subpackages/halls/map/index`)
    await page.locator('[data-testid="overview-dot"]:visible').first().waitFor({ timeout: 15000 })
    await page.getByText('Drag or zoom for the detailed map').first().waitFor()
    await shot('access-map-elder-en')
    const switchBox = await page.locator('[data-testid="view-list"]:visible').first().boundingBox()
    expect(switchBox && switchBox.x + switchBox.width <= 375, `the map/list switch is on screen (right edge ${switchBox && Math.round(switchBox.x + switchBox.width)})`)
    bad = await overflowingText(page)
    expect(bad.length === 0, `text overflows on the hall map: ${bad.slice(0, 5).join(' | ')}`)
  },
}

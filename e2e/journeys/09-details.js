/**
 * Issue 17 item 5, the details a person notices: each screen where one was
 * seen, photographed as `details-<tag>-*.png` (DETAILS_TAG=before against an
 * older build; `after` by default), with the checks that keep them fixed.
 */
const { switchRole, textInput } = require('../lib')

const TAG = process.env.DETAILS_TAG || 'after'
const AFTER = TAG === 'after'

/** zustand persist through Taro storage: localStorage holds {data: "<json>"}. */
async function setStored(page, name, state) {
  await page.evaluate(({ name, state }) => localStorage.setItem(name, JSON.stringify({ data: JSON.stringify({ state, version: 0 }) })), { name, state })
}

module.exports = {
  name: 'details: the small things a person notices (issue 17 item 5)',
  async run({ page, baseUrl, shot, expect }) {
    const vis = (id) => page.locator(`[data-testid="${id}"]:visible`)
    const snap = (name) => shot(`details-${TAG}-${name}`)
    await page.goto(`${baseUrl}/`)
    await page.getByText('常用服务').first().waitFor({ timeout: 15000 })
    await switchRole(page, baseUrl, 'resident', '陈志明')

    // ── 一件事 form: ID pre-filled, masked; the one field left to fix is scrolled to and focused ──
    await page.goto(`${baseUrl}/#/subpackages/bundles/apply/index?id=newborn`)
    await vis('bundle-step-questions').first().waitFor({ timeout: 15000 })
    for (const q of ['hukou', 'insure', 'married']) await vis(`answer-${q}-yes`).first().click()
    await vis('step-next').first().click()
    await vis('bundle-step-form').first().waitFor()
    if (AFTER) {
      const id = await vis('field-applicantId').first().innerText()
      expect(/\d{4}\*+\d{3}[\dX]/.test(id), `ID number shown masked: ${id}`)
    }
    await snap('01-bundle-form')
    await vis('step-next').first().click()
    await vis('step-errors').first().waitFor()
    await snap('02-bundle-errors')
    if (AFTER) {
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))
      expect(focused && focused.startsWith('input-'), `the first field to fix has the focus (${focused})`)
    }

    // ── 秒批: the limit is checked while typing, 转一般程序 offered ──
    await switchRole(page, baseUrl, 'business', '广州禺味餐饮管理有限公司')
    await page.goto(`${baseUrl}/#/subpackages/approvals/apply/index?itemId=outdoor-ad-temp`)
    await textInput(page, 'field-area').waitFor({ timeout: 15000 })
    await textInput(page, 'field-area').fill('12')
    await page.waitForTimeout(300)
    if (AFTER) await vis('limit-exceeded').first().waitFor()
    await snap('03-instant-limit')

    // ── policy application: the generated commitment ──
    await page.goto(`${baseUrl}/#/subpackages/policies/apply/index?id=catering-consumption`)
    await vis('submit-application').first().waitFor({ timeout: 15000 })
    await snap('04-policy-apply')
    if (AFTER) {
      await vis('commitment-open').first().click()
      await vis('commitment-text').first().waitFor()
      await snap('05-policy-commitment')
    }

    // ── the 收件码 chooser and the code ──
    await switchRole(page, baseUrl, 'resident', '陈志明')
    await page.goto(`${baseUrl}/#/subpackages/safe/code/index`)
    await vis('code-generate').first().waitFor({ timeout: 15000 })
    await snap('06-code-chooser')
    if (AFTER) {
      const box = await vis('code-chosen').first().boundingBox()
      expect(box && box.height < 40, `"已选 0 份" on one line (height ${box && box.height})`)
    }
    await vis('document-choice').first().click()
    await vis('code-generate').first().click()
    await vis('code-display').first().waitFor({ timeout: 10000 })
    await snap('07-code')

    // ── search box: one clear button ──
    await page.goto(`${baseUrl}/#/pages/services/index`)
    await textInput(page, 'catalogue-search').waitFor({ timeout: 15000 })
    await textInput(page, 'catalogue-search').fill('居住证')
    await page.waitForTimeout(500)
    await snap('08-search')

    // ── appointment: book, look at the page, the cancel dialog ──
    await page.goto(`${baseUrl}/#/subpackages/appointments/book/index?hallId=centre&itemId=residence-permit`)
    await vis('slot').first().waitFor({ timeout: 15000 })
    await vis('slot').first().click()
    await vis('booking-confirm').first().click()
    await vis('checkin-qr').first().waitFor({ timeout: 10000 })
    await snap('09-appointment')
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.locator('.taro_page:visible, body').last().evaluate((el) => el.scrollTo?.(0, 99999))
    await snap('10-appointment-bottom')
    await vis('appointment-cancel').first().click()
    await page.locator('.taro-modal__foot').first().waitFor()
    await snap('11-cancel-dialog')
    if (AFTER) {
      const color = await page.locator('.taro-modal__foot .taro-model__confirm').first().evaluate((el) => getComputedStyle(el).color)
      expect(color.replace(/\s/g, '') === 'rgb(224,46,46)', `the destructive button is red: ${color}`)
    }
    await page.locator('.taro-modal__foot .taro-model__cancel').first().click()

    // ── 关怀模式: the 结婚证 number ──
    await setStored(page, 'preferences', { elder: true, chosen: true })
    await page.goto(`${baseUrl}/#/pages/safe/index`)
    await page.reload()
    await page.getByText('结婚证').first().waitFor({ timeout: 15000 })
    await snap('12-care-safe')
    if (AFTER) {
      const cut = await page.evaluate(() => [...document.querySelectorAll('.safe-number')].filter((el) => el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis').length)
      expect(cut === 0, `licence numbers shown whole in 关怀模式 (${cut} cut)`)
    }
    await page.getByText('结婚证').first().click()
    await page.getByText('J440126').first().waitFor({ timeout: 10000 }).catch(() => {})
    await snap('12b-care-marriage')
    await setStored(page, 'preferences', { elder: false, chosen: true })

    // ── English: names, plurals, the date chips, "Within 5 working days" ──
    await setStored(page, 'locale', { locale: 'en' })
    await page.goto(`${baseUrl}/#/pages/home/index`)
    await page.reload()
    await page.waitForTimeout(1500)
    await snap('13-en-home')
    await page.goto(`${baseUrl}/#/subpackages/catalogue/item/index?id=residence-permit`)
    await vis('item-guide').first().waitFor({ timeout: 15000 })
    await snap('14-en-item')
    await page.goto(`${baseUrl}/#/subpackages/appointments/book/index?hallId=centre&itemId=residence-permit`)
    await vis('slot').first().waitFor({ timeout: 15000 })
    await snap('15-en-booking')
    if (AFTER) {
      const chip = page.locator('[data-testid^="slot-date-"]:visible .appointments-date__label').nth(1)
      expect(await chip.evaluate((el) => el.scrollWidth <= el.parentElement.clientWidth), '"Tomorrow" fits its chip')
    }
    await page.goto(`${baseUrl}/#/subpackages/appointments/mine/index`)
    await vis('appointment-card').first().waitFor({ timeout: 10000 })
    await vis('appointment-card').first().click()
    await vis('appointment-detail').first().waitFor()
    // the page was opened by a fresh load with English stored: the feature's words are English too, not only the dates
    expect((await vis('appointment-detail').first().innerText()).includes('Check-in code'), 'the appointment page is in English after a reload')
    await snap('16-en-appointment')
    await page.goto(`${baseUrl}/#/pages/safe/index`)
    await page.waitForTimeout(1500)
    await snap('17-en-safe')
    await page.goto(`${baseUrl}/#/pages/services/index`)
    await page.waitForTimeout(1500)
    await snap('18-en-services')
    await setStored(page, 'locale', { locale: 'zh' })
  },
}

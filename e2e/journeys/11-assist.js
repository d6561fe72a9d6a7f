/**
 * Issue 17 item 2, 帮办代办, on two phones sharing one backend: a resident opens an item guide, taps 帮办代办,
 * sees why 上门办 is not open to them, asks for 陪办 on a half day with a callback number → a clerk, on another
 * phone, sees the open request and accepts it with a time and a staff member → the resident's request page
 * shows the time and the staff member, and the case in 我的办件 says so on its timeline. The clerk sees the callback
 * number masked and reveals it with a tap; the resident's access log says who looked, when and why. The request and
 * its case link to each other, and the case's steps are a help request's (申请 → 安排 → 帮办完成), not 审核.
 */
const { switchRole, textInput } = require('../lib')
const { onTwoPhones } = require('../http-backend')

module.exports = {
  // the two phones share the HTTP mock server: no mock in the page
  overHttp: true,
  name: '帮办代办: request 陪办 → clerk accepts with a time → resident sees the time and staff member',
  async run({ page, shot, expect, browser }) {
    await onTwoPhones(browser, async ({ baseUrl, other: clerk, otherShot: clerkShot }) => {
      // the resident finds the entry on an item guide
      await switchRole(page, baseUrl, 'resident', '陈志明')
      await page.goto(`${baseUrl}/#/subpackages/catalogue/item/index?id=residence-permit`)
      const entry = page.getByTestId('assist-entry').first()
      await entry.waitFor({ timeout: 15000 })
      await entry.evaluate((el) => el.scrollIntoView({ block: 'center' }))
      await shot('assist-01-entry')
      await entry.click()
      await page.getByTestId('assist-form').first().waitFor({ timeout: 15000 })

      // 上门办 says why it is not open to a 41-year-old, with the rule
      await page.getByTestId('assist-kind-home').first().click()
      const rule = page.getByTestId('assist-eligibility').first()
      await rule.waitFor({ timeout: 5000 })
      expect((await rule.getAttribute('data-eligible')) === 'false', 'a resident under 60 is not eligible by age')
      expect((await rule.innerText()).includes('未满60周岁'), `the reason is shown: ${await rule.innerText()}`)
      await shot('assist-02-home-rule')

      // 陪办, a half day, a callback number; a bad number is refused before sending
      await page.getByTestId('assist-kind-accompany').first().click()
      await page.getByTestId('assist-slot').first().click()
      await textInput(page, 'assist-phone').fill('1380013')
      await page.getByTestId('assist-submit').first().click()
      await page.getByText('请输入 11 位手机号码').first().waitFor({ timeout: 5000 })
      // the draft survives a reload
      await textInput(page, 'assist-phone').fill('13800138000')
      await page.waitForTimeout(300)
      await page.reload()
      await page.getByTestId('assist-form').first().waitFor({ timeout: 15000 })
      expect((await textInput(page, 'assist-phone').inputValue()) === '13800138000', 'the callback number is kept over a reload')
      await shot('assist-03-form')
      await page.getByTestId('assist-submit').first().click()
      const detail = page.locator('[data-testid="assist-detail"][data-state="submitted"]').first()
      await detail.waitFor({ timeout: 15000 })
      expect(!(await detail.innerText()).includes('13800138000'), 'the callback number is masked')
      const detailUrl = page.url()

      // the clerk accepts it with a time and a staff member
      await switchRole(clerk, baseUrl, 'clerk', '黄晓玲')
      await clerk.goto(`${baseUrl}/#/pages/home/index`)
      await clerk.getByText('帮办请求').first().click()
      const item = clerk.getByTestId('clerk-assist-item').filter({ hasText: '居住证' }).first()
      await item.waitFor({ timeout: 15000 })
      // the callback number is masked until the clerk taps to see it; the look is logged for the resident
      const masked = await item.getByTestId('clerk-assist-masked').first().innerText()
      expect(masked.includes('138****8000') && !masked.includes('13800138000'), `the callback number is masked: ${masked}`)
      await item.evaluate((el) => el.scrollIntoView({ block: 'start' }))
      await clerkShot('assist-04a-clerk-masked')
      await item.getByTestId('clerk-assist-reveal').first().click()
      const shown = item.getByTestId('clerk-assist-phone').first()
      await shown.waitFor({ timeout: 10000 })
      expect((await shown.innerText()).includes('13800138000'), `the full number is shown: ${await shown.innerText()}`)
      await clerkShot('assist-04b-clerk-revealed')
      await item.getByTestId('clerk-assist-time').nth(1).click()
      const helper = textInput(item, 'clerk-assist-helper')
      await helper.fill('陈小梅')
      await clerkShot('assist-04-clerk-list')
      await item.getByTestId('clerk-assist-accept').first().click()
      await clerk.getByTestId('clerk-assist-complete').first().waitFor({ timeout: 10000 })

      // the resident sees the time and the staff member, on the request and in 我的办件
      await page.goto(detailUrl)
      await page.reload()
      await page.locator('[data-testid="assist-detail"][data-state="accepted"]').first().waitFor({ timeout: 15000 })
      const scheduled = await page.getByTestId('assist-scheduled').first().innerText()
      expect(/\d{4}-\d{2}-\d{2} 09:30|\d{4}-\d{2}-\d{2} 14:30/.test(scheduled), `the agreed time is shown: ${scheduled}`)
      expect((await page.getByTestId('assist-helper').first().innerText()).includes('陈小梅'), 'the staff member is named')
      const kinds = await page.getByTestId('assist-event').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')))
      expect(kinds.join(',') === 'accepted,submitted', `the timeline has both steps, newest first: ${kinds}`)
      await shot('assist-05-accepted')
      await page.getByTestId('assist-case').first().click()
      await page.locator('text=由陈小梅为您陪办 >> visible=true').first().waitFor({ timeout: 15000 })
      const steps = await page.locator('[data-testid="step-bar"] >> visible=true').first().innerText()
      expect(steps.includes('安排') && !steps.includes('审核'), `a help request's steps: ${steps}`)
      await shot('assist-06-case')
      // the case links back to its request
      await page.locator('[data-testid="case-assist"] >> visible=true').first().click()
      await page.locator('[data-testid="assist-detail"][data-state="accepted"] >> visible=true').first().waitFor({ timeout: 15000 })
      expect(page.url().includes('/subpackages/assist/detail/index'), `back on the request: ${page.url()}`)

      // the resident's access log: the clerk (masked), the time, 帮办回电 and why, with the request's case number
      await page.goto(`${baseUrl}/#/subpackages/safe/log/index`)
      const logEntry = page.locator('[data-testid="access-entry"] >> visible=true').filter({ hasText: '帮办回电' }).first()
      await logEntry.waitFor({ timeout: 15000 })
      const logged = await logEntry.innerText()
      expect(logged.includes('黄**') && logged.includes('以便就帮办请求联系您') && !logged.includes('13800138000'), `the look is logged with who and why: ${logged}`)
      await logEntry.evaluate((el) => el.scrollIntoView({ block: 'center' }))
      await shot('assist-09-access-log')

      // the same small entry sits on a 一件事 and on a hall page
      for (const [url, name] of [['subpackages/bundles/detail/index?id=newborn', 'assist-07-bundle-entry'], ['subpackages/halls/hall/index?id=centre', 'assist-08-hall-entry']]) {
        await page.goto(`${baseUrl}/#/${url}`)
        const link = page.locator('[data-testid="assist-entry"] >> visible=true').first()
        await link.waitFor({ timeout: 15000 })
        await page.waitForTimeout(800)
        await link.evaluate((el) => el.scrollIntoView({ block: 'center' }))
        await shot(name)
      }
    })
  },
}

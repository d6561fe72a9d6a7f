/**
 * Issue 17 item 3, loops that close, on two phones sharing one backend: a resident files 办不成事 → it is
 * handled at once by a named department with a due day → a clerk answers it → the resident reopens it once
 * with a reason → the clerk answers again → the resident confirms 已解决 and can no longer reopen.
 */
const { switchRole } = require('../lib')
const { onTwoPhones } = require('../http-backend')

const textarea = (page, testId) => page.locator(`[data-testid="${testId}"] textarea, textarea[data-testid="${testId}"]`).first()

module.exports = {
  // the two phones share the HTTP mock server: no mock in the page
  overHttp: true,
  name: 'loops that close: 办不成事 → department → clerk answers → reopened once → answered → 已解决',
  async run({ page, shot, expect, browser }) {
    await onTwoPhones(browser, async ({ baseUrl, other: clerk, otherShot: clerkShot }) => {
      // the resident reports what could not be done
      await switchRole(page, baseUrl, 'resident', '陈志明')
      await page.goto(`${baseUrl}/#/subpackages/cases/feedback/index`)
      await textarea(page, 'feedback-text').fill('居住证续签在网上一直提示材料不全，但没说缺什么')
      await page.getByTestId('feedback-submit').first().click()
      await page.getByTestId('feedback-sent').first().waitFor({ timeout: 10000 })
      const row = page.getByTestId('feedback-row').first()
      await row.waitFor({ timeout: 10000 })
      expect((await row.innerText()).includes('处理中'), `the new report is 处理中 at once: ${await row.innerText()}`)
      await row.click()
      await page.getByTestId('feedback-detail').first().waitFor({ timeout: 10000 })
      const opened = await page.getByTestId('feedback-detail').first().innerText()
      expect(opened.includes('区政务服务数据管理局') && opened.includes('3 个工作日'), 'the department and the due day are named')
      await shot('loops-01-handling')
      const detailUrl = page.url()

      // the clerk, on another phone, answers it
      await switchRole(clerk, baseUrl, 'clerk', '黄晓玲')
      await clerk.goto(`${baseUrl}/#/subpackages/clerk/feedback/index`)
      const item = clerk.getByTestId('clerk-feedback-item').filter({ hasText: '居住证续签' }).first()
      await item.waitFor({ timeout: 15000 })
      await clerkShot('loops-02-clerk-list')
      await textarea(item, 'clerk-feedback-reply').fill('经核查缺少居住证明，已在系统中补充提示，请重新提交')
      await item.getByTestId('clerk-feedback-send').first().click()
      await clerk.getByText('没有待答复的反映').first().waitFor({ timeout: 10000 })

      // the resident sees the answer, and reopens once with a reason
      await page.goto(detailUrl)
      await page.reload()
      await page.getByTestId('feedback-reply').first().waitFor({ timeout: 10000 })
      expect((await page.getByTestId('feedback-reply').first().innerText()).includes('缺少居住证明'), 'the answer is shown')
      await shot('loops-03-answered')
      await page.getByTestId('feedback-reopen').first().click()
      await textarea(page, 'reopen-reason').fill('补充了居住证明还是提示不全')
      await page.getByTestId('reopen-send').first().click()
      await page.locator('[data-testid="feedback-detail"][data-status="handling"]').first().waitFor({ timeout: 10000 })

      // the clerk sees the reason and answers again
      await clerk.reload()
      const again = clerk.getByTestId('clerk-feedback-item').filter({ hasText: '补充了居住证明还是提示不全' }).first()
      await again.waitFor({ timeout: 15000 })
      await textarea(again, 'clerk-feedback-reply').fill('已为您人工受理，审核员明天上午联系您')
      await again.getByTestId('clerk-feedback-send').first().click()
      await clerk.getByText('没有待答复的反映').first().waitFor({ timeout: 10000 })

      // the resident confirms it solved; a second reopen is not offered
      await page.reload()
      await page.getByTestId('feedback-resolve').first().waitFor({ timeout: 10000 })
      expect(!(await page.getByTestId('feedback-reopen').count()), 'a loop reopens once only')
      await page.getByTestId('feedback-resolve').first().click()
      await page.locator('[data-testid="feedback-detail"][data-status="resolved"]').first().waitFor({ timeout: 10000 })
      const kinds = await page.getByTestId('feedback-event').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')))
      expect(kinds.join(',') === 'resolved,answered,reopened,answered,assigned,received', `the timeline has every step, newest first: ${kinds}`)
      await shot('loops-04-resolved')
    })
  },
}

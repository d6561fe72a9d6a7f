/**
 * 惠企政策: sign in as the demo business → For you shows the matched policies
 * with reasons → open one and read the 解读 → apply → see it in 我的申报 →
 * move the mock clock → it reaches 兑现 with the amount; then change the
 * profile so a policy stops matching and see it leave the list.
 */
const { api, textInput } = require('../lib')

/** The mock-only controls, answered by the msw worker in the page. */
const dev = async (page, path, body) => (await api(page, 'POST', path, body ?? {})).status

module.exports = {
  name: 'policies: matched for the business, apply, followed to payout',
  async run({ page, baseUrl, shot, expect }) {
    await page.goto(`${baseUrl}/`)
    await page.getByText('常用服务').first().waitFor({ timeout: 15000 })

    // Sign in as the demo business: 我的 → 切换演示身份 → 企业.
    await page.locator('.weui-tabbar__label', { hasText: '我的' }).first().click()
    await page.getByTestId('role-business').first().click()
    await page.getByTestId('profile-card').getByText('广州禺味餐饮管理有限公司').first().waitFor({ timeout: 10000 })
    await page.getByTestId('me-policy-applications').first().waitFor()

    // The 惠企政策 shortcut carries the count of new matches.
    await page.locator('.weui-tabbar__label', { hasText: '首页' }).first().click()
    const badge = page.getByTestId('policies-shortcut-badge').first()
    await badge.waitFor({ timeout: 10000 })
    expect((await badge.innerText()).trim() === '6', `home badge shows 6 new matches, got ${await badge.innerText()}`)
    await shot('home-policies-badge')
    await page.getByRole('button', { name: '惠企政策' }).first().click()

    // For you: the matches with why, the total, the near misses with what is missing.
    const matched = page.getByTestId('matched-list').first()
    await matched.waitFor({ timeout: 10000 })
    expect(await matched.locator('.policies-card').count() === 6, 'six matched policies')
    const catering = page.getByTestId('policy-catering-consumption').first()
    expect((await catering.innerText()).includes('行业为餐饮业，符合条件'), 'match reasons shown on the card')
    expect((await page.getByTestId('for-you-total').first().innerText()).includes('18.4 万元'), 'total estimate shown')
    await shot('policies-for-you')
    await page.getByTestId('near-list').first().scrollIntoViewIfNeeded()
    expect((await page.getByTestId('near-list').first().innerText()).includes('差 2 名参保员工'), 'near miss says what is missing')
    await shot('policies-near-misses')

    // All policies: search, filter, sort.
    await page.getByTestId('policies-tab-all').first().click()
    await page.getByTestId('policies-count').first().getByText(/共 20 条政策/).waitFor({ timeout: 10000 })
    await shot('policies-list')
    await page.getByTestId('deadline-closed').first().click()
    await page.getByTestId('policies-count').first().getByText(/共 2 条政策/).waitFor()
    await page.getByTestId('deadline-all').first().click()
    await textInput(page, 'policies-search').fill('稳岗')
    await page.getByTestId('policies-count').first().getByText(/共 1 条政策/).waitFor()
    await textInput(page, 'policies-search').fill('')
    await page.getByTestId('sort-amount').first().click()
    await page.getByTestId('policies-count').first().getByText(/共 20 条政策/).waitFor()

    // A policy, its 解读 and the match reasons.
    await page.getByTestId('policies-tab-for-you').first().click()
    await page.getByTestId('policy-catering-consumption').first().click()
    await page.getByTestId('policy-interpretation').first().waitFor({ timeout: 10000 })
    for (const q of ['谁能申请', '能拿多少', '怎么申请', '什么时候办']) await page.getByTestId('policy-interpretation').getByText(q).first().waitFor()
    await shot('policy-detail')
    await page.getByTestId('policy-match').first().scrollIntoViewIfNeeded()
    expect((await page.getByTestId('policy-match').first().innerText()).includes('营业收入 2,300 万元'), 'match reasons on the policy page')
    await shot('policy-match-reasons')

    // Apply: pre-filled from the profile and the safe.
    await page.getByTestId('apply').first().click()
    await page.getByTestId('apply-form').first().waitFor({ timeout: 10000 })
    expect(await textInput(page, 'field-contactName').inputValue() === '李秀英', 'contact pre-filled')
    expect((await page.getByTestId('apply-materials').first().innerText()).includes('食品经营许可证'), 'food licence attached from the safe')
    await shot('policy-apply')
    // the generated 申报表及信用承诺书: read, then an explicit 我已阅读并承诺
    await page.getByTestId('commitment-open').first().click()
    await page.getByTestId('commitment-text').first().waitFor()
    expect((await page.getByTestId('commitment-text').first().innerText()).includes('本单位郑重承诺'), 'commitment shown before signing')
    await page.getByTestId('commitment-accept').first().click()
    await page.getByTestId('submit-application').first().click()
    const status = page.getByTestId('application-status').first()
    await status.waitFor({ timeout: 10000 })
    expect(await status.getAttribute('data-status') === 'submitted', 'submitted')
    expect((await page.getByTestId('application-amount-value').first().innerText()).includes('8 万元'), 'amount applied for')
    await shot('policy-application-submitted')

    // It is a case (办件): the status screen shows its number; and it is in 我的申报.
    const caseNumber = await page.getByText(/办件编号 PY\d{8}-\d{6}/).first().innerText()
    expect(/PY\d{8}-\d{6}/.test(caseNumber), `case number shown: ${caseNumber}`)
    await page.goto(`${baseUrl}/#/subpackages/policies/applications/index`)
    await page.getByTestId('application-catering-consumption').first().waitFor({ timeout: 10000 })
    await shot('policy-applications')

    // The clock moves: 审核, then 兑现 with the amount.
    await dev(page, '/api/dev/clock', { advanceMinutes: 61 })
    await page.getByTestId('application-catering-consumption').first().click()
    await status.waitFor({ timeout: 10000 })
    await page.locator('[data-testid="application-status"][data-status="in-review"]').first().waitFor({ timeout: 10000 })
    await dev(page, '/api/dev/clock', { advanceMinutes: 3 * 24 * 60 })
    await page.reload()
    await page.locator('[data-testid="application-status"][data-status="paid"]').first().waitFor({ timeout: 10000 })
    expect((await page.getByTestId('application-amount').first().innerText()).includes('已兑现金额'), 'paid out')
    expect((await page.getByTestId('application-amount-value').first().innerText()).includes('8 万元'), 'paid amount')
    expect(await page.locator('[data-testid="step-paid"][data-done="true"]').count() === 1, 'step 兑现 done')
    await shot('policy-application-paid')

    // Change the profile so 人才引进补贴 stops matching.
    await page.goto(`${baseUrl}/#/subpackages/policies/profile/index`)
    const hires = textInput(page, 'field-graduateHires')
    await hires.waitFor({ timeout: 10000 })
    await hires.fill('0')
    await page.getByTestId('save-profile').first().click()
    await page.getByText('已保存，推荐已更新').first().waitFor({ timeout: 10000 })
    await shot('policies-profile')
    await page.goto(`${baseUrl}/#/subpackages/policies/list/index?tab=for-you`)
    await page.getByTestId('matched-list').first().waitFor({ timeout: 10000 })
    expect(await page.getByTestId('policy-graduate-hiring').count() === 0, 'graduate hiring left the list')
    expect(await page.getByTestId('policy-job-stabilisation').count() === 1, 'the others stay')
  },
}

/**
 * Issue 17 item 1, 政务专递, on two phones sharing one backend: a resident adds a delivery address in 我的
 * (the phone masked in the book) → submits 扶残助残一件事 choosing 邮寄到家 → the case is finished by the clock →
 * 寄件 books a pickup for the materials → a clerk's 寄出 refuses a malformed waybill and takes a valid EMS one → the resident's timeline says 已寄出
 * with carrier and tracking number → the mock's clock passes the expected day → 已签收.
 */
const { switchRole, textInput } = require('../lib')
const { onTwoPhones } = require('../http-backend')

const TINY_JPEG = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64')
const WAYBILL = 'EA123456785CN'

module.exports = {
  overHttp: true,
  name: '政务专递: address book → 一件事 with 邮寄到家 → clerk 寄出 (waybill checked) → 已寄出 → clock → 已签收',
  async run({ page, shot, expect, browser }) {
    await onTwoPhones(browser, async ({ baseUrl, api, other: clerk, otherShot: clerkShot }) => {
      const byId = (id) => page.locator(`[data-testid="${id}"]:visible`).first()
      const dev = async (body) => {
        const res = await fetch(`${api}/api/dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
        expect(res.status === 200, `POST /api/dev/clock answered ${res.status}`)
      }
      // 我的 → 收件地址: add one, checked as it is typed
      await switchRole(page, baseUrl, 'resident', '陈志明')
      await byId('me-addresses').click()
      await page.getByText('还没有收件地址').first().waitFor({ timeout: 15000 })
      await byId('address-add').click()
      await byId('address-form').waitFor({ timeout: 10000 })
      await textInput(page, 'address-street').fill('1号')
      await textInput(page, 'address-street').evaluate((el) => el.blur())
      await page.getByText('详细地址 5–80 字（街道、门牌号）').first().waitFor()
      await page.locator('[data-testid="address-district"]:visible').getByText('番禺区').click()
      await textInput(page, 'address-street').fill('市桥街道清河东路 1 号 3 栋 502')
      await textInput(page, 'address-recipient').fill('陈志明')
      await textInput(page, 'address-phone-input').fill('13926045678')
      await shot('mail-01-address-form')
      await byId('address-save').click()
      const card = byId('address-card')
      await card.waitFor({ timeout: 10000 })
      const shown = await card.innerText()
      expect(shown.includes('139****5678') && !shown.includes('13926045678') && shown.includes('默认'), `the book masks the phone and makes the first address the default: ${shown}`)
      await shot('mail-02-address-book')

      // 扶残助残一件事 with 邮寄到家
      await page.goto(`${baseUrl}/#/subpackages/bundles/apply/index?id=disability`)
      await byId('bundle-step-questions').waitFor({ timeout: 15000 })
      for (const q of ['hardship', 'severe']) await byId(`answer-${q}-no`).click()
      await byId('step-next').click()
      await byId('bundle-step-form').waitFor()
      await byId('step-next').click()
      await byId('bundle-step-materials').waitFor()
      for (const material of ['mat-photo', 'mat-medical-report']) {
        const chooser = page.waitForEvent('filechooser')
        await byId(`upload-${material}`).click()
        await (await chooser).setFiles({ name: `${material}.jpg`, mimeType: 'image/jpeg', buffer: TINY_JPEG })
        await page.getByText(`已上传：${material}.jpg`).first().waitFor()
      }
      await byId('step-next').click()
      await byId('bundle-review').waitFor()
      await byId('delivery-post').click()
      await page.locator('[data-testid="delivery-address"][aria-checked="true"]:visible').first().waitFor({ timeout: 10000 })
      await page.locator('[data-testid="delivery-add-address"]:visible').first().evaluate((el) => el.scrollIntoView({ block: 'center' }))
      await shot('mail-03-delivery-choice')
      await byId('bundle-submit').click()
      await byId('bundle-done').waitFor({ timeout: 15000 })
      const number = (await byId('case-number').innerText()).trim()
      const caseId = decodeURIComponent(/[?&]case=([^&]+)/.exec(page.url())[1])

      // 寄件: while the case is open, its paper materials can go by post: a pickup slot and a waybill
      await page.goto(`${baseUrl}/#/subpackages/cases/detail/index?id=${encodeURIComponent(caseId)}`)
      await byId('mail-in-open').click()
      await page.locator('[data-testid="pickup-slot"]:visible').first().click()
      await byId('pickup-confirm').click()
      await byId('mail-in-booked').waitFor({ timeout: 10000 })
      const booked = await byId('mail-in').innerText()
      expect(/运单号 E[A-Z]\d{9}CN/.test(booked), `the pickup has a waybill: ${booked}`)
      await byId('mail-in').scrollIntoViewIfNeeded()
      await shot('mail-03b-mail-in')

      // the departments finish it (the cases domain's plan, by the clock)
      await dev({ advanceMinutes: 6 * 60 })

      // the clerk, on another phone, posts it
      await switchRole(clerk, baseUrl, 'clerk', '黄晓玲')
      await clerk.goto(`${baseUrl}/#/subpackages/clerk/mail/index`)
      const item = clerk.locator('[data-testid="clerk-mail-item"]').filter({ hasText: number }).first()
      await item.waitFor({ timeout: 15000 })
      expect((await item.innerText()).includes('139****5678'), 'the clerk sees the recipient, phone masked')
      await textInput(item, 'clerk-waybill').fill('EA123456784CN')
      await item.getByTestId('clerk-dispatch').click()
      await item.getByTestId('clerk-waybill-error').waitFor()
      await clerkShot('mail-04-clerk-waybill-refused')
      await textInput(item, 'clerk-waybill').fill(WAYBILL)
      await item.getByTestId('clerk-dispatch').click()
      await clerk.getByText('暂无需要邮寄的办理结果').first().waitFor({ timeout: 10000 })

      // the resident's timeline: 已寄出 with carrier and tracking number
      await page.goto(`${baseUrl}/#/subpackages/cases/detail/index?id=${encodeURIComponent(caseId)}`)
      await page.reload()
      await page.locator('[data-testid="timeline-event"][data-kind="dispatched"]:visible').first().waitFor({ timeout: 15000 })
      const sent = await byId('case-delivery').innerText()
      expect(sent.includes('已寄出') && sent.includes(`EMS 政务专递 · 运单号 ${WAYBILL}`), `the case shows carrier and waybill: ${sent}`)
      await byId('case-delivery').scrollIntoViewIfNeeded()
      await shot('mail-05-sent')

      // a day later it is still on its way; the clock passes the expected day (2 working days): 已签收
      const isDelivered = async () => (await page.locator('[data-testid="timeline-event"][data-kind="delivered"]').count()) > 0
      await dev({ advanceMinutes: 24 * 60 })
      await page.reload()
      await page.locator('[data-testid="timeline-event"][data-kind="dispatched"]:visible').first().waitFor({ timeout: 15000 })
      expect(!(await isDelivered()), 'one day after dispatch the parcel is not delivered yet')
      for (let day = 2; day <= 6 && !(await isDelivered()); day++) {
        await dev({ advanceMinutes: 24 * 60 })
        await page.reload()
        await page.locator('[data-testid="timeline-event"][data-kind="dispatched"]:visible').first().waitFor({ timeout: 15000 })
      }
      await page.locator('[data-testid="timeline-event"][data-kind="delivered"]:visible').first().waitFor({ timeout: 15000 })
      const delivered = await byId('case-delivery').innerText()
      expect(delivered.includes('已签收'), `the parcel is delivered: ${delivered}`)
      const kinds = await page.locator('[data-testid="timeline-event"]:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')))
      expect(kinds[0] === 'delivered' && kinds[1] === 'dispatched', `newest first: 已签收 then 已寄出: ${kinds}`)
      await shot('mail-06-delivered')
    })
  },
}

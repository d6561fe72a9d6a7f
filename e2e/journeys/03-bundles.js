/**
 * 一件事: search 排水 → the bundle shows above the items → the 一件事 list →
 * 新生儿出生一件事: questions → one form (an invalid ID first, its error
 * beside the field) → reload in the middle of the form and carry on → e-licences
 * attached from the safe, a photo uploaded → confirm → one submission → the case number.
 */
const { api, textInput } = require('../lib')
const TINY_JPEG = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64')

module.exports = {
  name: '一件事: search, bundle page, guided application with draft resume, one case',
  async run({ page, baseUrl, shot, expect }) {
    const byId = (id) => page.locator(`[data-testid="${id}"]`).first()
    const input = (id) => textInput(page, `input-${id}`)
    const fill = async (id, value) => {
      await input(id).fill(value)
      await input(id).evaluate((el) => el.blur())
    }

    // 办事 search: the event comes first, as a 一件事, then the items
    await page.goto(`${baseUrl}/#/pages/services/index`)
    const search = textInput(page, 'catalogue-search')
    await search.waitFor({ timeout: 15000 })
    await search.fill('排水')
    await byId('bundle-hit').waitFor()
    expect((await byId('bundle-hit').innerText()).includes('排水许可一件事'), 'the 排水许可一件事 is suggested for 排水')
    // the item list answers after the debounce: wait until its first row is a 排水 item
    await page.waitForFunction(() => (document.querySelector('[data-testid="item-row"]')?.textContent || '').includes('排水'))
    await shot('bundles-01-search')

    // an item's 办事指南: tags, materials, halls, favourite, and the way to its bundle
    await page.locator('[data-testid="item-row"]').first().click()
    await byId('item-guide').waitFor({ timeout: 10000 })
    await byId('item-hall').waitFor()
    await byId('item-bundle').waitFor()
    await byId('item-favourite').click()
    expect((await byId('item-favourite').innerText()).includes('已收藏'), 'item saved as a favourite')
    await shot('bundles-00-item-guide')
    await page.goBack()
    await byId('bundle-hit').waitFor()
    await byId('bundle-hit').click()
    await byId('bundle-overview').waitFor()
    await byId('bundle-saving').waitFor()
    expect((await byId('bundle-overview').innerText()).includes('排水许可一件事'), 'drainage bundle page opened')
    await shot('bundles-02-drainage')

    // the list, from the home shortcut
    await page.goto(`${baseUrl}/#/pages/home/index`)
    await page.locator('[aria-label="一件事"]').first().click()
    await byId('bundle-card').waitFor({ timeout: 10000 })
    expect(await page.locator('[data-testid="bundle-card"]').count() >= 8, 'at least 8 bundles listed')
    await shot('bundles-03-list')

    await page.getByText('新生儿出生一件事').first().click()
    await byId('bundle-overview').waitFor()
    const saving = await byId('bundle-saving').innerText()
    expect(/0 次/.test(saving) && /逐项办理\s*5 次/.test(saving), `saving shown: ${saving}`)
    await shot('bundles-04-newborn')
    await byId('bundle-start').click()

    // 情形引导
    await byId('bundle-step-questions').waitFor({ timeout: 10000 })
    for (const q of ['hukou', 'insure', 'married']) await byId(`answer-${q}-yes`).click()
    await byId('selected-count').waitFor()
    expect((await byId('selected-count').innerText()).includes('5 个事项'), 'five items selected')
    await shot('bundles-05-questions')
    await byId('step-next').click()

    // one form: pre-filled name, masked phone; an invalid ID first
    await byId('bundle-step-form').waitFor()
    expect((await input('applicantName').inputValue()) === '陈志明', 'name pre-filled from the profile')
    expect((await byId('field-phone').innerText()).includes('139****5678'), 'account phone shown masked')
    // the account's ID number is pre-filled, masked; 修改 opens the field to type another
    expect(/4401\*+3211/.test(await byId('field-applicantId').innerText()), 'ID number pre-filled, masked')
    await byId('change-applicantId').click()
    await fill('applicantId', '440126198511203212')
    await page.getByText('身份证号校验位不正确，请核对').first().waitFor()
    await fill('babyName', '陈小满')
    await shot('bundles-06-form-error')

    // reload in the middle of the form: same step, same values, same error
    await page.reload()
    await byId('bundle-step-form').waitFor({ timeout: 15000 })
    expect((await input('babyName').inputValue()) === '陈小满', 'draft restored after reload: baby name')
    expect((await input('applicantId').inputValue()) === '440126198511203212', 'draft restored after reload: ID as typed')

    await fill('applicantId', '440126198511203211')
    await fill('babyBirthDate', '2026-11-01')
    await fill('otherParentName', '林晓华')
    await fill('otherParentId', '44011319880602004X')
    expect(await page.getByText('身份证号校验位不正确，请核对').count() === 0, 'error gone once fixed')
    await shot('bundles-07-form-filled')
    await byId('step-next').click()

    // materials: 免证办 from the safe, the photo uploaded, the birth certificate issued inside
    await byId('bundle-step-materials').waitFor()
    expect(await page.locator('[data-testid="material-attached"]').count() === 3, 'three e-licences attached from the safe')
    await byId('produced-mat-birth-cert').waitFor()
    const chooser = page.waitForEvent('filechooser')
    await byId('upload-mat-photo').click()
    await (await chooser).setFiles({ name: 'baby-photo.jpg', mimeType: 'image/jpeg', buffer: TINY_JPEG })
    await page.getByText('已上传：baby-photo.jpg').first().waitFor()
    await shot('bundles-08-materials')
    await byId('step-next').click()

    // confirm: numbers masked
    await byId('bundle-review').waitFor()
    const review = await byId('bundle-review').innerText()
    expect(review.includes('4401**********3211') && !review.includes('440126198511203211'), 'ID masked on the confirm screen')
    await shot('bundles-09-review')
    await byId('bundle-submit').click()

    // one case, its number on the done screen
    await byId('bundle-done').waitFor({ timeout: 15000 })
    const number = await byId('case-number').innerText()
    expect(/^PY\d{8}-\d{6}$/.test(number.trim()), `case number shown: ${number}`)
    expect((await byId('bundle-done').innerText()).includes('出生登记（新生儿入户）'), 'sub-cases listed')
    await shot('bundles-10-done')

    // one case with its five items in 我的 → 办件 (the case pages are issue 6's; this checks what the bundle made)
    const cases = await api(page, 'GET', '/api/cases')
    expect(cases.status === 200, `GET /api/cases answered ${cases.status}`)
    const mine = cases.body.items.filter((c) => c.title === '新生儿出生一件事')
    expect(mine.length === 1 && mine[0].subCases.length === 5 && mine[0].number === number.trim(), `one case with five items: ${JSON.stringify(mine.map((c) => [c.number, c.subCases.length]))}`)
    await byId('done-cases').click()
    await page.waitForURL(/cases\/detail/)
    // the done page stays in the DOM behind the new one: look at what is visible
    await page.locator('text=城乡居民医保参保登记（新生儿） >> visible=true').first().waitFor({ timeout: 10000 })
    await shot('bundles-11-case')
  },
}

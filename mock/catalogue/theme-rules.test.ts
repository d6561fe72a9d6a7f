import { themesWithCounts } from './domain'
import { catalogue, REAL_ITEMS } from './items'
import { THEMES } from './themes'
import { belongsTo, themesOf, themesOfSituations, THEME_RULES, THEMELESS } from './theme-rules'

describe('themes by rule', () => {
  const items = catalogue()
  const real = new Set(REAL_ITEMS.map((r) => r.id))
  const generated = items.filter((i) => !real.has(i.id))

  it('has a rule for every theme, and every theme holds items (none empty, none holding a fifth of the catalogue)', () => {
    expect(Object.keys(THEME_RULES).sort()).toEqual(THEMES.map((t) => t.id).sort())
    for (const theme of themesWithCounts()) {
      expect({ theme: theme.id, some: theme.itemCount >= 4 }).toEqual({ theme: theme.id, some: true })
      expect(theme.itemCount).toBeLessThan(items.length / 5)
    }
  })

  it('puts every item in a theme, but for the few listed with a reason', () => {
    expect(items.filter((i) => !i.themeIds.length).map((i) => i.name)).toEqual(Object.keys(THEMELESS))
    for (const reason of Object.values(THEMELESS)) expect(reason.length).toBeGreaterThan(10)
  })

  it('puts a generated item in exactly the themes its name earns with one of its 情形', () => {
    for (const item of generated) expect(item.themeIds).toEqual(themesOfSituations(item.name, (item.situations ?? []).map((s) => s.name), item.target))
    // 企业登记: 设立登记 opens a business, 变更登记 changes it, 注销登记 closes it
    expect(items.find((i) => i.name === '企业登记')?.themeIds).toEqual(expect.arrayContaining(['b-setup', 'b-change', 'b-exit']))
  })

  it('keeps residents\' items out of business themes and businesses\' out of personal ones', () => {
    for (const item of generated) {
      if (item.target === 'person') expect(item.themeIds.filter((t) => !t.startsWith('p-'))).toEqual([])
      if (item.target === 'business') expect(item.themeIds.filter((t) => t.startsWith('p-'))).toEqual([])
    }
  })

  it('reads names as a resident would: what sits where, and what does not', () => {
    expect(belongsTo('b-exit', '企业登记注销登记', 'business')).toBe(true)
    expect(belongsTo('b-exit', '居民身份证注销', 'business')).toBe(false)
    expect(belongsTo('b-setup', '企业登记注销登记', 'business')).toBe(false)
    expect(belongsTo('i-catering', '食品经营许可新办', 'business')).toBe(true)
    expect(belongsTo('p-social', '医疗机构执业登记', 'person')).toBe(false)
    expect(belongsTo('p-social', '医疗费用零星报销本人申请', 'person')).toBe(true)
    expect(belongsTo('b-operation', '建设工程规划许可新办', 'business')).toBe(false)
    expect(belongsTo('i-enterprise', '不动产抵押登记', 'business')).toBe(false)
    expect(themesOf('结婚登记办理登记', 'person')).toEqual(['p-marriage'])
  })

  it('gives every real item themes that exist', () => {
    const ids = new Set(THEMES.map((t) => t.id))
    for (const item of REAL_ITEMS) {
      expect(item.themeIds.length).toBeGreaterThan(0)
      for (const t of item.themeIds) expect(ids.has(t)).toBe(true)
    }
  })
})

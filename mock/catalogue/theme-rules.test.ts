import { themesWithCounts } from './domain'
import { catalogue, REAL_ITEMS } from './items'
import { THEMES } from './themes'
import { belongsTo, themesOf, THEME_RULES } from './theme-rules'

describe('themes by rule', () => {
  const items = catalogue()
  const real = new Set(REAL_ITEMS.map((r) => r.id))

  it('has a rule for every theme, and every theme holds items (none empty, none holding the whole catalogue)', () => {
    expect(Object.keys(THEME_RULES).sort()).toEqual(THEMES.map((t) => t.id).sort())
    for (const theme of themesWithCounts()) {
      expect({ theme: theme.id, some: theme.itemCount >= 10 }).toEqual({ theme: theme.id, some: true })
      expect(theme.itemCount).toBeLessThan(items.length / 5)
    }
  })

  it('puts a generated item in exactly the themes its name and target earn', () => {
    for (const item of items.filter((i) => !real.has(i.id))) expect(item.themeIds).toEqual(themesOf(item.name, item.target))
  })

  it('keeps residents\' items out of business themes and businesses\' out of personal ones', () => {
    for (const item of items.filter((i) => !real.has(i.id))) {
      if (item.target === 'person') expect(item.themeIds.filter((t) => !t.startsWith('p-'))).toEqual([])
      if (item.target === 'business') expect(item.themeIds.filter((t) => t.startsWith('p-'))).toEqual([])
    }
  })

  it('reads names as a resident would: what sits where, and what does not', () => {
    expect(belongsTo('b-exit', '企业登记注销（单位）', 'business')).toBe(true)
    expect(belongsTo('b-exit', '居民身份证注销（单位）', 'business')).toBe(false)
    expect(belongsTo('b-setup', '企业登记注销（单位）', 'business')).toBe(false)
    expect(belongsTo('i-catering', '食品经营许可申请（单位）', 'business')).toBe(true)
    expect(belongsTo('p-social', '医疗机构执业申请（个人）', 'person')).toBe(false)
    expect(belongsTo('p-social', '医疗费用零星报销申请（个人）', 'person')).toBe(true)
    expect(belongsTo('b-change', '犬只登记变更（单位）', 'business')).toBe(false)
    expect(themesOf('结婚登记申请（个人）', 'person')).toEqual(['p-marriage'])
  })

  it('gives every real item themes that exist', () => {
    const ids = new Set(THEMES.map((t) => t.id))
    for (const item of REAL_ITEMS) {
      expect(item.themeIds.length).toBeGreaterThan(0)
      for (const t of item.themeIds) expect(ids.has(t)).toBe(true)
    }
  })
})

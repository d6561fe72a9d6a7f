import { catalogue } from './items'
import { PINYIN } from './pinyin.generated'
import { pinyinFragments } from './pinyin-fragments'
import { generate, toPinyin } from '../../scripts/gen-pinyin'
import { departments, findItems, searchTerms } from './domain'

const names = (q: string, n = 5) => findItems({ q }).slice(0, n).map((i) => i.name)

describe('catalogue search', () => {
  it('covers the whole catalogue (one item per subject, with its 情形) and every department', () => {
    expect(catalogue().length).toBeGreaterThan(300)
    expect(findItems({}).length).toBe(catalogue().length)
    expect(departments().reduce((n, d) => n + d.itemCount, 0)).toBe(catalogue().length)
  })

  it('finds by pinyin initials: psxk and pai shui find 排水许可 items, hjzm finds 户籍证明', () => {
    // 排水许可 is the common word for 城镇污水排入排水管网许可 (its keyword), then names containing it
    expect(names('psxk', 2)).toEqual(['城镇污水排入排水管网许可', '临时排水许可（施工作业）'])
    expect(names('paishui', 3).every((n) => n.includes('排水'))).toBe(true)
    expect(names('pai shui', 3)).toEqual(names('paishui', 3))
    expect(names('hjzm', 1)).toEqual(['户籍证明开具'])
    // j…m…s…f…z: the first letters of a few words, scattered
    expect(names('jmsfz', 3)).toEqual(expect.arrayContaining(['居民身份证办理', '临时居民身份证办理']))
    // initials are attached to the results for the app to show
    expect(findItems({ q: '城镇污水排入排水管网许可' })[0].initials).toBe('czwsprpsgwxk')
  })

  it('ranks exact name, then prefix, then contains, then pinyin, then department', () => {
    const exact = findItems({ q: '户口迁移' })
    expect(exact[0].name).toBe('户口迁移')
    expect(exact.slice(1).every((i) => i.name.includes('户口迁移') || i.keywords?.some((k) => k.includes('户口迁移')))).toBe(true)
    // 残疾人证 is a prefix of generated items; the real 残疾人证办理 is a prefix match too and real items win ties
    expect(names('残疾人证', 1)).toEqual(['残疾人证办理'])
    // contains before department: 水务 matches nothing by name, so the 区水务局's items come by department
    const byDept = findItems({ q: '水务局' })
    expect(byDept.length).toBeGreaterThan(10)
    expect(byDept.every((i) => i.department === '区水务局')).toBe(true)
    // a name hit outranks a pinyin-only hit for the same letters
    const mixed = findItems({ q: 'sb' })
    const firstPinyinOnly = mixed.findIndex((i) => !i.name.toLowerCase().includes('sb'))
    expect(firstPinyinOnly).toBeGreaterThanOrEqual(0)
  })

  it('puts real items above generated ones of equal match quality', () => {
    const rows = findItems({ q: '排水' })
    const firstGenerated = rows.findIndex((i) => /-\d+-\d+-[pb]$/.test(i.id))
    const realAfter = rows.slice(firstGenerated).filter((i) => !/-\d+-\d+-[pb]$/.test(i.id) && i.name.startsWith('排水'))
    expect(rows[0].name.startsWith('排水')).toBe(true)
    expect(realAfter).toEqual([])
  })

  it('matches common words (keywords) and needs every word of a multi-word query', () => {
    expect(names('上户口', 1)).toEqual(['出生登记（新生儿入户）'])
    const both = findItems({ q: '排水 临时' })
    expect(both.length).toBeGreaterThan(0)
    expect(both.every((i) => i.name.includes('排水') && i.name.includes('临时'))).toBe(true)
    expect(searchTerms('  排水  许可 ')).toEqual(['排水', '许可'])
    expect(searchTerms('PAI shui')).toEqual(['paishui'])
  })

  it('filters by theme and department with or without a query, and finds nothing for nonsense', () => {
    expect(findItems({ theme: 'p-birth', q: '新生儿' }).every((i) => i.themeIds.includes('p-birth'))).toBe(true)
    const swj = findItems({ department: 'swj' })
    expect(swj.length).toBe(departments().find((d) => d.id === 'swj')!.itemCount)
    expect(findItems({ q: '不存在的事项名称' })).toEqual([])
    expect(findItems({ q: 'zzzzqqq' })).toEqual([])
  })
})

describe('generated pinyin (scripts/gen-pinyin.ts)', () => {
  it('is up to date with the fragments: run `npm run gen:pinyin` after changing departments, REAL_ITEMS or bundles', () => {
    expect(Object.keys(PINYIN).sort()).toEqual(pinyinFragments())
    expect(generate()).toContain('"排水许可": ["psxk","paishuixuke"]')
  })

  it('reads polyphonic characters by word and drops brackets', () => {
    expect(toPinyin('重度残疾人护理补贴')[0]).toBe('zdcjrhlbt')
    expect(toPinyin('（个人）')).toEqual(['gr', 'geren'])
  })
})

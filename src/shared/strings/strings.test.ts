import fs from 'fs'
import path from 'path'
import { localized, t, useLocaleStore } from './index'
import { zh } from './zh'
import { en } from './en'

describe('strings', () => {
  it('every Chinese string has an English twin, and no English key is left over', () => {
    const zhKeys = Object.keys(zh).sort()
    const enKeys = Object.keys(en).sort()
    expect(zhKeys.filter((k) => !(k in en))).toEqual([])
    expect(enKeys.filter((k) => !(k in zh))).toEqual([])
  })

  it('keeps the placeholders of each string in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',')
    const mismatched = Object.keys(zh).filter((k) => en[k as keyof typeof zh] !== undefined && placeholders(zh[k as keyof typeof zh]) !== placeholders(en[k as keyof typeof zh]!))
    expect(mismatched).toEqual([])
  })

  it('switches language and fills parameters', async () => {
    await useLocaleStore.getState().setLocale('en')
    expect(t('home.itemCount', { count: 3 })).toBe('3 items')
    await useLocaleStore.getState().setLocale('zh')
    expect(t('home.itemCount', { count: 3 })).toBe('3 项')
  })

  it('says 1 item, 1 person ahead, 1 working day in English, and the plural for any other number', async () => {
    await useLocaleStore.getState().setLocale('en')
    expect(t('home.itemCount', { count: 1 })).toBe('1 item')
    expect(t('home.itemCount', { count: 0 })).toBe('0 items')
    expect(t('halls.appt.ahead', { count: 1 })).toBe('1 person ahead')
    expect(t('halls.appt.ahead', { count: 2 })).toBe('2 people ahead')
    expect(t('item.timeLimit', { days: 1 })).toBe('Within 1 working day')
    expect(t('item.timeLimit', { days: 5 })).toBe('Within 5 working days')
    expect(t('bundles.fixErrors', { count: 1 })).toBe('1 field needs fixing')
    await useLocaleStore.getState().setLocale('zh')
    expect(t('halls.appt.ahead', { count: 1 })).toBe('前面还有 1 人')
  })

  it('leaves no English count without its plural choice', () => {
    // a number placeholder followed by a bare plural noun ("{count} items") reads "1 items" for one
    const bare = Object.entries(en).filter(([, s]) => /\{(count|days)\} (items|people|services|days|working days|policies|documents|fields|places)\b/.test(s!))
    expect(bare).toEqual([])
  })

  it("shows data's English twin in English, and its Chinese otherwise or when it has none", async () => {
    expect(localized('新生儿出生一件事', 'Newborn baby')).toBe('新生儿出生一件事')
    await useLocaleStore.getState().setLocale('en')
    expect(localized('新生儿出生一件事', 'Newborn baby')).toBe('Newborn baby')
    expect(localized('区水务局')).toBe('区水务局')
    await useLocaleStore.getState().setLocale('zh')
  })

  it('punctuates in the chosen language', async () => {
    await useLocaleStore.getState().setLocale('en')
    expect(t('format.labelCount', { label: 'Licences', count: 6 })).toBe('Licences (6)')
    expect(['a', 'b'].join(t('format.listSeparator'))).toBe('a, b')
    await useLocaleStore.getState().setLocale('zh')
    expect(t('format.labelCount', { label: '电子证照', count: 6 })).toBe('电子证照（6）')
    expect(['甲', '乙'].join(t('format.listSeparator'))).toBe('甲、乙')
  })

  it('feature code has no Chinese punctuation of its own (it belongs in the strings, where English has its own)', () => {
    const root = path.join(__dirname, '../../features')
    const files: string[] = []
    const walk = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).forEach((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) { if (entry.name !== '__tests__') walk(full) } else if (/\.tsx?$/.test(entry.name) && !/\.test\./.test(entry.name)) files.push(full)
    })
    walk(root)
    const found = files.flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').map((line, i) => ({ line: line.replace(/\/\/.*$/, ''), at: `${path.relative(root, file)}:${i + 1}` })))
      // comments, catalogue names (data, which stays Chinese), and the name normaliser that strips this punctuation
      .filter(({ line }) => !/^\s*(\*|\/\*)/.test(line) && !/\bname: '/.test(line) && !/const SKIPPED = /.test(line))
      .filter(({ line }) => /[、，。：；（）]/.test(line))
      .map(({ at }) => at)
    expect(found).toEqual([])
  })
})

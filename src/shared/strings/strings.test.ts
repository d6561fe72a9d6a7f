import fs from 'fs'
import path from 'path'
import { localized, t, translator, useLocaleStore } from './index'

describe('strings', () => {
  it('switches language and fills parameters, with the plural English needs', async () => {
    await useLocaleStore.getState().setLocale('en')
    expect(t('item.timeLimit', { days: 1 })).toBe('Within 1 working day')
    expect(t('item.timeLimit', { days: 5 })).toBe('Within 5 working days')
    await useLocaleStore.getState().setLocale('zh')
    expect(t('item.timeLimit', { days: 5 })).toBe('承诺时限 5 个工作日')
  })

  it("a feature's translator reads its own table and the app-wide one, in the chosen language", async () => {
    const { t: own } = translator({ 'demo.hello': '你好，{name}' })
    expect(own('demo.hello', { name: '陈' })).toBe('你好，陈')
    expect(own('tab.home')).toBe('首页')
    await useLocaleStore.getState().setLocale('en')
    expect(own('tab.home')).toBe('Home')
    // a key the English tables lack (none ship so: src/strings.test.ts) falls back to Chinese rather than showing the key
    expect(own('demo.hello', { name: 'Chen' })).toBe('你好，Chen')
    await useLocaleStore.getState().setLocale('zh')
  })

  it("on weapp a feature's translator carries its own English, read before the app-wide table and only in English", async () => {
    const { t: own } = translator({ 'demo.hello': '你好，{name}' }, { 'demo.hello': 'Hello, {name}' })
    expect(own('demo.hello', { name: '陈' })).toBe('你好，陈')
    await useLocaleStore.getState().setLocale('en')
    expect(own('demo.hello', { name: 'Chen' })).toBe('Hello, Chen')
    // the app-wide words still come from the app-wide English
    expect(own('tab.home')).toBe('Home')
    await useLocaleStore.getState().setLocale('zh')
    expect(own('demo.hello', { name: '陈' })).toBe('你好，陈')
  })

  it('a stored English choice that comes before the English words waits for them, then switches (H5 starts the app a task late)', async () => {
    let fresh: typeof import('./index') | undefined
    jest.isolateModules(() => { fresh = require('./index') })
    const strings = fresh!
    await strings.useLocaleStore.getState().setLocale('en')
    expect(strings.useLocaleStore.getState().locale).toBe('zh')
    strings.englishFrom(async () => ({ 'tab.home': 'Home' }))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(strings.useLocaleStore.getState().locale).toBe('en')
    expect(strings.t('tab.home')).toBe('Home')
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
    expect(['a', 'b'].join(t('format.listSeparator'))).toBe('a, b')
    await useLocaleStore.getState().setLocale('zh')
    expect(['甲', '乙'].join(t('format.listSeparator'))).toBe('甲、乙')
  })

  it('feature code has no Chinese punctuation of its own (it belongs in the strings, where English has its own)', () => {
    const root = path.join(__dirname, '../../features')
    const files: string[] = []
    const walk = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).forEach((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) { if (entry.name !== '__tests__') walk(full) } else if (/\.tsx?$/.test(entry.name) && !/\.test\./.test(entry.name) && !/^strings(\.entry)?\.zh\.ts$/.test(entry.name)) files.push(full)
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

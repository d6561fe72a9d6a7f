import { t, useLocaleStore } from './index'
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
})

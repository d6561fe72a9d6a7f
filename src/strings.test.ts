import fs from 'fs'
import path from 'path'
import { useLocaleStore } from '@/shared/strings'
import { common as commonZh } from '@/shared/strings/zh/common'
import { common as commonEn } from '@/shared/strings/en/common'
import { en } from './strings.en'
import { t as appointmentsT } from './features/appointments/strings'
import { t as bundlesT } from './features/bundles/strings'
import { t as catalogueT } from './features/catalogue/strings'
import { t as safeT } from './features/safe/strings'

type Table = Record<string, string>
const FEATURES = path.join(__dirname, 'features')
/** The app-wide table and every feature's, in both languages. */
const tables: { name: string; zh: Table; en: Table }[] = [
  { name: 'shared', zh: commonZh, en: commonEn },
  // a feature's words, and apart from them those its tab-page entries show (strings.entry.*: the weapp main package's)
  ...fs.readdirSync(FEATURES).flatMap((f) => ['strings', 'strings.entry'].filter((table) => fs.existsSync(path.join(FEATURES, f, `${table}.zh.ts`))).map((table) => ({
    name: table === 'strings' ? f : `${f} (entries)`,
    zh: require(path.join(FEATURES, f, `${table}.zh.ts`)).zh as Table,
    en: require(path.join(FEATURES, f, `${table}.en.ts`)).en as Table,
  }))),
]

describe("the app's words", () => {
  it('has a table for every feature that shows words, beside the shared one', () => {
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['shared', 'appointments', 'bundles', 'safe', 'clerk', 'visit']))
  })

  it.each(tables.map((table) => [table.name, table]))('%s: every Chinese string has an English twin, and no English key is left over', (_, table) => {
    const { zh, en: english } = table as (typeof tables)[number]
    expect(Object.keys(zh).filter((k) => !(k in english))).toEqual([])
    expect(Object.keys(english).filter((k) => !(k in zh))).toEqual([])
  })

  it('keeps the placeholders of each string in both languages', () => {
    const placeholders = (s: string) => [...new Set(s.match(/(?<=\{)\w+/g))].sort().join(',')
    const mismatched = tables.flatMap(({ zh, en: english }) => Object.keys(zh).filter((k) => placeholders(zh[k]) !== placeholders(english[k])))
    expect(mismatched).toEqual([])
  })

  it('no key lives in two tables (English is one table: a second would overwrite the first)', () => {
    const seen = new Map<string, string>()
    const twice = tables.flatMap(({ name, zh }) => Object.keys(zh).filter((k) => {
      const first = seen.get(k)
      seen.set(k, name)
      return first !== undefined
    }))
    expect(twice).toEqual([])
    expect(Object.keys(en).length).toBe(seen.size)
  })

  it('leaves no English count without its plural choice', () => {
    // a number placeholder followed by a bare plural noun ("{count} items") reads "1 items" for one
    const bare = Object.entries(en).filter(([, s]) => /\{(count|days)\} (items|people|services|days|working days|policies|documents|fields|places)\b/.test(s))
    expect(bare).toEqual([])
  })

  it('says 1 item, 1 person ahead, 1 field in English, and the plural for any other number', async () => {
    await useLocaleStore.getState().setLocale('en')
    expect(catalogueT('home.itemCount', { count: 1 })).toBe('1 item')
    expect(catalogueT('home.itemCount', { count: 0 })).toBe('0 items')
    expect(appointmentsT('halls.appt.ahead', { count: 1 })).toBe('1 person ahead')
    expect(appointmentsT('halls.appt.ahead', { count: 2 })).toBe('2 people ahead')
    expect(bundlesT('bundles.fixErrors', { count: 1 })).toBe('1 field needs fixing')
    expect(safeT('format.labelCount', { label: 'Licences', count: 6 })).toBe('Licences (6)')
    await useLocaleStore.getState().setLocale('zh')
    expect(appointmentsT('halls.appt.ahead', { count: 1 })).toBe('前面还有 1 人')
    expect(safeT('format.labelCount', { label: '电子证照', count: 6 })).toBe('电子证照（6）')
  })

  it("on weapp each feature's English travels with its translator, and the main package's table holds the app-wide words only", () => {
    // a mini-program loads no chunk at run time: English gathered in src/english.weapp.ts would all ship in the main package
    const translators = fs.readdirSync(FEATURES).flatMap((f) => ['strings.ts', 'strings.entry.ts'].map((file) => path.join(FEATURES, f, file))).filter((file) => fs.existsSync(file))
    expect(translators.length).toBeGreaterThan(tables.length - 2)
    const withoutEnglish = translators.filter((file) => {
      const source = fs.readFileSync(file, 'utf8')
      const own = path.basename(file, '.ts')
      return !(source.includes(`import { en } from './${own}.en'`) && /translator\(.*zh.*, process\.env\.TARO_ENV === 'weapp' \? (en|\{ \.\.\.entryEn, \.\.\.en \}) : undefined\)/.test(source))
    })
    expect(withoutEnglish.map((file) => path.relative(FEATURES, file))).toEqual([])
    const weappImports = fs.readFileSync(path.join(__dirname, 'english.weapp.ts'), 'utf8').match(/^import .*$/gm)
    expect(weappImports).toEqual(["import { common } from './shared/strings/en/common'"])
  })

  it('no file registers words by importing a table for its side effect', () => {
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []))
    const sideEffects = walk(__dirname).filter((file) => /^import '[^']*strings[^']*'$/m.test(fs.readFileSync(file, 'utf8')))
    expect(sideEffects).toEqual([])
  })
})

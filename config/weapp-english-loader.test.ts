import fs from 'fs'
import path from 'path'
import vm from 'vm'
import ts from 'typescript'

const { englishByChineseKeys, TEST } = require('./weapp-english-loader') as {
  englishByChineseKeys: (source: string, file: string) => { zhFile: string; code: string }
  TEST: RegExp
}

const SRC = path.join(__dirname, '..', 'src')
const FEATURES = path.join(SRC, 'features')
const englishFiles = [
  path.join(SRC, 'shared/strings/en/common.ts'),
  ...fs.readdirSync(FEATURES).flatMap((f) => ['strings.en.ts', 'strings.entry.en.ts'].map((file) => path.join(FEATURES, f, file))).filter((file) => fs.existsSync(file)),
]

/** Runs the rewritten module with its Chinese import answered by the real Chinese table. */
function run(code: string, zhTable: Record<string, string>): Record<string, unknown> {
  const { outputText } = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } })
  const module = { exports: {} as Record<string, unknown> }
  vm.runInNewContext(outputText, { module, exports: module.exports, require: () => ({ zh: zhTable, common: zhTable }) })
  return module.exports
}

describe('weapp English without its keys (config/weapp-english-loader.js)', () => {
  it('applies to every English table and nothing else', () => {
    expect(englishFiles.length).toBeGreaterThan(10)
    englishFiles.forEach((file) => expect(file).toMatch(TEST))
    expect(path.join(FEATURES, 'policies/strings.zh.ts')).not.toMatch(TEST)
    expect(path.join(SRC, 'strings.en.ts')).not.toMatch(TEST)
  })

  it.each(englishFiles.map((file) => [path.relative(SRC, file), file]))('%s: keyed again from the Chinese table, it is the table as written, and no key ships', (_, file) => {
    const source = fs.readFileSync(file, 'utf8')
    const { zhFile, code } = englishByChineseKeys(source, file)
    const zhTable = Object.values(require(zhFile))[0] as Record<string, string>
    const written = Object.values(require(file))[0] as Record<string, string>
    const exports = run(code, zhTable)
    expect(Object.values(exports)[0]).toEqual(written)
    expect(Object.keys(Object.values(exports)[0] as object)).toEqual(Object.keys(zhTable))
    const someKey = Object.keys(zhTable).find((k) => k.includes('.'))!
    expect(code).not.toContain(someKey)
  })

  it('refuses a table whose keys do not match the Chinese one by one', () => {
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'weapp-english-'))
    fs.writeFileSync(path.join(dir, 'strings.zh.ts'), "export const zh = {\n  'a.one': '一',\n  'a.two': '二',\n}\n")
    const en = "import type { zh } from './strings.zh'\n\nexport const en: Record<keyof typeof zh, string> = {\n  'a.one': 'one',\n  'a.three': 'three',\n}\n"
    expect(() => englishByChineseKeys(en, path.join(dir, 'strings.en.ts'))).toThrow(/a\.two, a\.three/)
    const ok = en.replace("'a.three': 'three'", "'a.two': 'two'")
    expect(run(englishByChineseKeys(ok, path.join(dir, 'strings.en.ts')).code, { 'a.one': '一', 'a.two': '二' })).toEqual({ en: { 'a.one': 'one', 'a.two': 'two' } })
  })
})

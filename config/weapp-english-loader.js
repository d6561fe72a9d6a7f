/**
 * weapp only (config/index.ts, mini.webpackChain): an English table — src/features/<f>/strings.en.ts (and
 * strings.entry.en.ts) or src/shared/strings/en/common.ts — ships as its bare values, in the order of its Chinese twin's keys, and is keyed
 * again at start-up from the Chinese table (which ships in the same package: the feature's strings.ts imports
 * both). Each key is then written once in the package instead of twice: the keys were about half of every table.
 * H5 and the tests read the tables as written.
 */
const fs = require('fs')
const path = require('path')
const vm = require('vm')
const ts = require('typescript')

/** A table module's exports (plain object literals; type-only imports vanish when transpiled). */
function evaluate(source, file) {
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 }, fileName: file })
  const module = { exports: {} }
  vm.runInNewContext(outputText, { module, exports: module.exports, require: () => ({}) }, { filename: file })
  return module.exports
}

/** The English module's source, rewritten: its values in the Chinese keys' order, keyed again from the Chinese table. */
function englishByChineseKeys(source, file) {
  const typeImport = /^import type \{ (\w+)(?: as (\w+))? \} from '([^']+)'$/m.exec(source)
  const exported = /^export const (\w+)\b/m.exec(source)
  if (!typeImport || !exported) throw new Error(`${file}: expected "import type { zh } from './strings.zh'" and "export const en"`)
  const [, zhName, , zhRequest] = typeImport
  const zhFile = path.resolve(path.dirname(file), `${zhRequest}.ts`)
  const zh = evaluate(fs.readFileSync(zhFile, 'utf8'), zhFile)[zhName]
  const en = evaluate(source, file)[exported[1]]
  const keys = Object.keys(zh)
  const odd = [...keys.filter((k) => !(k in en)), ...Object.keys(en).filter((k) => !(k in zh)), ...keys.filter((k) => /^\d+$/.test(k))]
  // an integer-like key would not keep its place in Object.keys; a key on one side only has no place at all
  if (odd.length) throw new Error(`${file}: keys not matched one to one with ${zhFile}: ${odd.join(', ')}`)
  return {
    zhFile,
    code: [
      `import { ${zhName} as zhTable } from '${zhRequest}'`,
      `const values = ${JSON.stringify(keys.map((k) => en[k]))}`,
      'const table = {}',
      'Object.keys(zhTable).forEach((key, i) => { table[key] = values[i] })',
      `export const ${exported[1]} = table`,
      '',
    ].join('\n'),
  }
}

module.exports = function weappEnglishLoader(source) {
  const { zhFile, code } = englishByChineseKeys(source, this.resourcePath)
  this.addDependency(zhFile)
  return code
}
module.exports.englishByChineseKeys = englishByChineseKeys
/** The English tables this loader rewrites. */
module.exports.TEST = /([\\/]features[\\/][^\\/]+[\\/]strings(\.entry)?\.en|[\\/]shared[\\/]strings[\\/]en[\\/]common)\.ts$/

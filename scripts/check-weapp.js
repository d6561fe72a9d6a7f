/**
 * `npm run check:weapp`: compiles every .wxml and .wxss of the weapp build
 * (dist/weapp, or OUTPUT_ROOT) with WeChat's own compilers (wcc, wcsc from
 * npm `miniprogram-compiler`), one file at a time so every refusal is listed,
 * and checks that the accessibility attributes reach the templates. A WXSS
 * refusal names the file, the position, the minified rule and the source CSS
 * file and line it came from.
 */
const fs = require('fs')
const os = require('os')
const path = require('path')
const { spawnSync } = require('child_process')

const ROOT = path.join(__dirname, '..')
const OUT = path.resolve(ROOT, process.env.OUTPUT_ROOT || 'dist/weapp')
const SRC = path.join(ROOT, 'src')

/**
 * What WeChat's screen reader needs to reach the templates (config/weapp-a11y adds it; Taro's own templates drop
 * it): roles, labels, hidden decorations and live regions on views and texts (tab labels, the QR code's digits and
 * time left, form errors), labels on buttons, images and inputs. Every template of these components, at every
 * nesting level, must pass them through.
 */
const A11Y_REQUIRED = {
  view: ['aria-role', 'aria-label', 'aria-hidden', 'aria-live'],
  text: ['aria-role', 'aria-label', 'aria-hidden', 'aria-live'],
  image: ['aria-label', 'aria-hidden'],
  button: ['aria-label'],
  input: ['aria-label'],
  textarea: ['aria-label'],
}

function compilers() {
  const dir = path.join(path.dirname(require.resolve('miniprogram-compiler/package.json')), 'bin', process.platform === 'darwin' ? 'mac' : 'linux')
  // npm does not keep the binaries' exec bit: run copies from a temporary folder instead of touching node_modules.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wx-compilers-'))
  const copy = (name) => {
    const to = path.join(tmp, name)
    fs.copyFileSync(path.join(dir, name), to)
    fs.chmodSync(to, 0o755)
    return to
  }
  return { wcc: copy('wcc'), wcsc: copy('wcsc'), tmp }
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

const rel = (file) => path.relative(OUT, file).split(path.sep).join('/')

/** A file and everything it pulls in (@import for WXSS; import, include and wxs src for WXML), as paths relative to the output root. */
function withDependencies(file, pattern) {
  const seen = new Set()
  const visit = (abs) => {
    const key = rel(abs)
    if (seen.has(key) || !fs.existsSync(abs)) return
    seen.add(key)
    const text = fs.readFileSync(abs, 'utf8')
    for (const m of text.matchAll(pattern)) visit(path.resolve(path.dirname(abs), m[1]))
  }
  visit(file)
  return [...seen]
}

const WXSS_IMPORT_LINE = /@import\s+["'][^"']+["'];?/g
const WXML_DEPS = /<(?:import|include|wxs)\b[^>]*\bsrc=["']([^"']+)["']/g

/** Offset of a (line:column) position, 1-based as wcsc reports it. */
function offsetOf(text, line, column) {
  return text.split('\n').slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1
}

/** The rule around an offset of a minified stylesheet: [start, end) and its selector. */
function ruleAt(text, offset) {
  const start = text.lastIndexOf('}', offset) + 1
  const open = text.indexOf('{', offset)
  const end = open < 0 ? text.length : text.indexOf('}', open) + 1 || text.length
  return { start, end, selector: text.slice(start, open < 0 ? end : open).trim(), rule: text.slice(start, end).trim() }
}

/** Source files name classes by feature (cases-, policies-, ui-…): find the rule's selector in src/ CSS, or its first class. */
function findSource(selector) {
  const cls = (selector.match(/\.([A-Za-z0-9_-]+)/) || [])[1]
  const squash = (s) => s.replace(/\s+/g, '')
  const css = walk(SRC).filter((f) => f.endsWith('.css'))
  for (const file of css) {
    const hit = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => squash(l).includes(squash(selector)))
    if (hit >= 0) return `${path.relative(ROOT, file)}:${hit + 1}`
  }
  if (!cls) return undefined
  for (const file of css) {
    const hit = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => new RegExp(`\\.${cls}(?![\\w-])`).test(l))
    if (hit >= 0) return `${path.relative(ROOT, file)}:${hit + 1} (class .${cls}; the rule itself was not found in src)`
  }
  return undefined
}

/**
 * wcsc stops at a file's first error: compile each file on its own (its imports are compiled as files of their
 * own), blank out the refused rule (same length, so later positions hold) and compile again, until it passes.
 */
function checkWxss(wcsc, files, tmp) {
  const errors = []
  const scratch = path.join(tmp, 'one.wxss')
  for (const file of files) {
    let text = fs.readFileSync(path.join(OUT, file), 'utf8').replace(WXSS_IMPORT_LINE, (m) => ' '.repeat(m.length))
    for (let round = 0; round < 100; round += 1) {
      fs.writeFileSync(scratch, text)
      const run = spawnSync(wcsc, ['-db', '-pc', '0', 'one.wxss'], { cwd: tmp, maxBuffer: 64 * 1024 * 1024 })
      if (run.status === 0) break
      const message = (run.stderr.toString() || String(run.error)).trim().split('\n')[0].replace('one.wxss', file)
      const at = message.match(/\((\d+):(\d+)\)/)
      if (!at) {
        errors.push({ file, message })
        break
      }
      const { start, end, selector, rule } = ruleAt(text, offsetOf(text, Number(at[1]), Number(at[2])))
      errors.push({ file, message, rule, source: findSource(selector) })
      text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end)
    }
  }
  return errors
}

function checkWxml(wcc, files) {
  const errors = []
  for (const file of files) {
    const args = ['-d', '-cc', '0', ...withDependencies(path.join(OUT, file), WXML_DEPS), '-gn', '$gwx']
    const run = spawnSync(wcc, args, { cwd: OUT, maxBuffer: 64 * 1024 * 1024 })
    if (run.status !== 0) errors.push({ file, message: (run.stderr.toString() || String(run.error)).trim() })
  }
  return errors
}

/** Each listed component's template in base.wxml must pass every listed attribute through. */
function checkA11y() {
  const base = fs.readFileSync(path.join(OUT, 'base.wxml'), 'utf8')
  const missing = []
  for (const [tag, required] of Object.entries(A11Y_REQUIRED)) {
    const templates = [...base.matchAll(new RegExp(`<template name="tmpl_\\d+_[^"]+">\\s*<${tag}\\b([^>]*)>`, 'g'))]
    if (templates.length === 0) {
      missing.push(`${tag}: no template`)
      continue
    }
    for (const [, attrs] of templates) {
      // Taro's pure-view and click-view templates carry only class, style and a tap: the runtime uses them only for
      // a view with no other attribute, so a view with an aria-* attribute never lands there.
      const names = [...attrs.matchAll(/([\w-]+)="/g)].map((m) => m[1])
      if (tag === 'view' && names.every((n) => ['style', 'class', 'bindtap', 'id', 'data-sid'].includes(n))) continue
      const absent = required.filter((a) => !new RegExp(`\\s${a}="`).test(attrs))
      if (absent.length) missing.push(`<${tag}> lacks ${absent.join(', ')}`)
    }
  }
  return [...new Set(missing)]
}

function main() {
  if (!fs.existsSync(path.join(OUT, 'app.json'))) {
    console.error(`check:weapp: no weapp build in ${OUT} (run npm run build:weapp first)`)
    process.exit(1)
  }
  const { wcc, wcsc, tmp } = compilers()
  const all = walk(OUT).map(rel)
  const wxss = all.filter((f) => f.endsWith('.wxss'))
  const wxml = all.filter((f) => f.endsWith('.wxml'))
  const started = Date.now()
  const cssErrors = checkWxss(wcsc, wxss, tmp)
  const xmlErrors = checkWxml(wcc, wxml)
  fs.rmSync(tmp, { recursive: true, force: true })
  const a11y = checkA11y()

  for (const e of cssErrors) {
    console.error(`WXSS ${e.file}: ${e.message}`)
    if (e.rule) console.error(`  rule:   ${e.rule}`)
    if (e.source) console.error(`  source: ${e.source}`)
  }
  for (const e of xmlErrors) console.error(`WXML ${e.file}: ${e.message}`)
  for (const m of a11y) console.error(`a11y base.wxml: ${m}`)
  const refusals = cssErrors.length + xmlErrors.length
  console.log(`check:weapp: ${wxss.length} .wxss and ${wxml.length} .wxml compiled by wcsc/wcc in ${Date.now() - started} ms: ${refusals} refusal(s); accessibility attributes: ${a11y.length ? `${a11y.length} gap(s)` : 'present'}`)
  process.exit(refusals || a11y.length ? 1 : 0)
}

main()

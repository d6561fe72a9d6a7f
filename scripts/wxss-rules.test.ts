import fs from 'fs'
import path from 'path'
const { wxssRefusals } = require('./wxss-rules')

const SRC = path.join(__dirname, '..', 'src')
const cssFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cssFiles(path.join(dir, e.name)) : e.name.endsWith('.css') ? [path.join(dir, e.name)] : []))

describe('CSS that WeChat’s WXSS compiler accepts', () => {
  it.each([
    ['.a > * { flex: 1 }', 'universal selector *'],
    ['* { margin: 0 }', 'universal selector *'],
    ['.a > :first-child { flex: 1 }', 'bare :first-child after a combinator'],
    ['.a + :not(.b) { color: red }', 'bare :not after a combinator'],
    ['.a :is(.b, .c) { color: red }', ':is()'],
    [':where(.a) { color: red }', ':where()'],
    ['.a:has(.b) { color: red }', ':has()'],
  ])('refuses %s', (css, reason) => {
    expect(wxssRefusals(css).map((r: { reason: string }) => r.reason)).toContain(reason)
  })

  it.each([
    '.a > .b:first-child { flex: 1 }',
    '.a:first-child .b::after { content: "" }',
    '.a + .b::before, .c ~ view:last-child { color: red }',
    '@keyframes spin { from { opacity: 0 } 50% { opacity: 1 } }',
    ':root { --x: 1px }',
  ])('accepts %s', (css) => {
    expect(wxssRefusals(css)).toEqual([])
  })

  it('no stylesheet under src/ uses a selector WXSS refuses', () => {
    const files = cssFiles(SRC)
    expect(files.length).toBeGreaterThan(5)
    const refusals = files.flatMap((file) =>
      wxssRefusals(fs.readFileSync(file, 'utf8'), file).map((r: { line: number; selector: string; reason: string }) => `${path.relative(SRC, file)}:${r.line} ${r.selector} (${r.reason})`),
    )
    expect(refusals).toEqual([])
  })
})

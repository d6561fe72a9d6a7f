/**
 * Selectors WeChat's WXSS compiler refuses (measured with wcsc, and current DevTools): the universal selector
 * `*`, a pseudo-class with nothing before it after a combinator (`> :first-child`), and `:is()`, `:where()`,
 * `:has()`. Used by a unit test over every stylesheet under src/, so a refusal shows up before a build.
 */
const postcss = require('postcss')
const selectorParser = require('postcss-selector-parser')

const REFUSED_PSEUDOS = new Set([':is', ':where', ':has'])

/** Each refused selector of a stylesheet, with its line and the reason. */
function wxssRefusals(css, from = 'input.css') {
  const found = []
  postcss.parse(css, { from }).walkRules((rule) => {
    // keyframe steps (from, 50%) are not selectors
    if (rule.parent && rule.parent.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return
    selectorParser((selectors) => {
      selectors.each((selector) => {
        const report = (reason) => found.push({ line: rule.source.start.line, selector: selector.toString().trim(), reason })
        selector.walkUniversals(() => report('universal selector *'))
        selector.walkPseudos((pseudo) => {
          if (REFUSED_PSEUDOS.has(pseudo.value)) report(`${pseudo.value}()`)
        })
        // a compound selector (the nodes between combinators) made only of pseudo-classes, after a combinator
        let afterCombinator = false
        let compound = []
        const flush = () => {
          if (afterCombinator && compound.length && compound.every((n) => n.type === 'pseudo' && !n.value.startsWith('::'))) report(`bare ${compound[0].value} after a combinator`)
          compound = []
        }
        selector.each((node) => {
          if (node.type === 'combinator') {
            flush()
            afterCombinator = true
          } else if (node.type !== 'comment') compound.push(node)
        })
        flush()
      })
    }).processSync(rule.selector)
  })
  return found
}

module.exports = { wxssRefusals }

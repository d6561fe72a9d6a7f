/**
 * Selectors WeChat's WXSS compiler refuses (measured with wcsc, and current DevTools): the universal selector
 * `*`, a pseudo-class with nothing before it after a combinator (`> :first-child`), and `:is()`, `:where()`,
 * `:has()`. Stylelint's `panyu/wxss-selectors` rule (config/stylelint-wxss.mjs) reports them in every stylesheet
 * under src/ (`npm run lint`); the unit test keeps the rule itself honest.
 */
const postcss = require('postcss')
const selectorParser = require('postcss-selector-parser')

const REFUSED_PSEUDOS = new Set([':is', ':where', ':has'])

/** Why WXSS refuses each part of one rule's selector list (empty when it accepts it). */
function selectorRefusals(selectorList) {
  const reasons = []
  selectorParser((selectors) => {
    selectors.each((selector) => {
      const report = (reason) => reasons.push({ selector: selector.toString().trim(), reason })
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
  }).processSync(selectorList)
  return reasons
}

/** keyframe steps (from, 50%) are not selectors */
const isKeyframeStep = (rule) => rule.parent && rule.parent.type === 'atrule' && /keyframes$/.test(rule.parent.name)

/** Each refused selector of a stylesheet, with its line and the reason. */
function wxssRefusals(css, from = 'input.css') {
  const found = []
  postcss.parse(css, { from }).walkRules((rule) => {
    if (isKeyframeStep(rule)) return
    for (const refusal of selectorRefusals(rule.selector)) found.push({ line: rule.source.start.line, ...refusal })
  })
  return found
}

module.exports = { wxssRefusals, selectorRefusals, isKeyframeStep }

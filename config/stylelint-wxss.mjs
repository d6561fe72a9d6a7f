import { createRequire } from 'node:module'
import stylelint from 'stylelint'

const { selectorRefusals, isKeyframeStep } = createRequire(import.meta.url)('../scripts/wxss-rules.js')
const { createPlugin, utils } = stylelint

const ruleName = 'panyu/wxss-selectors'
const messages = utils.ruleMessages(ruleName, {
  refused: (selector, reason) => `WeChat's WXSS compiler refuses "${selector}": ${reason}`,
})

/** Selectors WeChat's WXSS compiler refuses (scripts/wxss-rules.js says which and why). */
const rule = (enabled) => (root, result) => {
  if (!utils.validateOptions(result, ruleName, { actual: enabled, possible: [true] })) return
  root.walkRules((cssRule) => {
    if (isKeyframeStep(cssRule)) return
    for (const { selector, reason } of selectorRefusals(cssRule.selector)) {
      utils.report({ ruleName, result, node: cssRule, message: messages.refused(selector, reason) })
    }
  })
}
rule.ruleName = ruleName
rule.messages = messages
rule.meta = { url: 'https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxss.html' }

export default createPlugin(ruleName, rule)

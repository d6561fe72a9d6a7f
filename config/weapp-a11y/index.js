/**
 * A local Taro plugin (what @tarojs/plugin-inject does, which cannot be installed here): adds WeChat's
 * accessibility attributes to the weapp templates (base.wxml) and to the runtime's component lists.
 */
const path = require('path')
const { A11Y_COMPONENTS, templateName } = require('./attributes')

/** Extends a weapp platform's template: the attribute lists, and role written out as aria-role. */
function applyA11y(ctx, platform) {
  const template = platform.template
  template.mergeComponents(ctx, A11Y_COMPONENTS)
  const replacePropName = template.replacePropName.bind(template)
  template.replacePropName = (name, value, componentName, componentAlias) => replacePropName(templateName(name), value, componentName, componentAlias)
  const runtime = path.join(__dirname, 'runtime.js')
  platform.runtimePath = Array.isArray(platform.runtimePath) ? [...platform.runtimePath, runtime] : [platform.runtimePath, runtime]
}

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (platform.platform === 'weapp') applyA11y(ctx, platform)
    },
  })
}
module.exports.applyA11y = applyA11y

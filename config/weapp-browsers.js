/**
 * The JS engines the weapp build is for. WeChat's own table of the oldest engines each base library runs on
 * (github.com/wechat-miniprogram/miniprogram-compat, data/browserslist.json, linked from "JavaScript 支持情况"
 * developers.weixin.qq.com/miniprogram/dev/framework/runtime/js-support.html) gives, from base library 2.30.0,
 * iOS 13 (JavaScriptCore) and Chrome 86 (Android's V8). The app needs 2.32.3 (src/shared/baseLibrary.ts,
 * project.config.json libVersion), so babel keeps native async/await, classes and spread instead of ES5:
 * about 26 KB less in the main package (issue 14).
 */
module.exports = {
  /** the base library from which WeChat's table gives these engines */
  fromBaseLibrary: '2.30.0',
  babelTargets: { ios: '13', chrome: '86' },
}

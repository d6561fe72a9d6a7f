/**
 * The browsers the H5 build is for: phones in use, i.e. WeChat's X5/XWeb and Android's WebView (both
 * Chromium) and iOS 12+ Safari. Babel (babel.config.js) and webpack's output both read it, so the code
 * keeps native async/await and classes. An `android` target would mean the pre-Chromium stock browser.
 */
module.exports = {
  babelTargets: { chrome: '70', ios: '12', safari: '12' },
  browserslist: 'chrome >= 70, ios_saf >= 12, safari >= 12',
}

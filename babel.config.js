module.exports = (api) => {
  if (api.env('test')) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
    }
  }
  // H5 targets the browsers of phones in use (WeChat's X5/XWeb, iOS 12+): native async/await and classes
  // keep the home bundle small. Android's WebView is Chromium, so `chrome` covers it (babel reads an
  // `android` target as the pre-Chromium stock browser and would transpile everything). The mini-program keeps package.json's browserslist (its engines vary more).
  const h5Targets = process.env.TARO_ENV === 'h5' ? { chrome: '70', ios: '12', safari: '12' } : undefined
  return {
    presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', useBuiltIns: false, targets: h5Targets }]],
  }
}

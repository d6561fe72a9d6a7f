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
  // H5 targets the browsers of phones in use (config/h5-browsers.js); weapp the engines of the oldest base library
  // the app runs on (config/weapp-browsers.js).
  const targets = require(process.env.TARO_ENV === 'h5' ? './config/h5-browsers' : './config/weapp-browsers').babelTargets
  // the renderer config/index.ts picks: Preact on weapp, React on H5
  const framework = process.env.TARO_ENV === 'weapp' ? 'preact' : 'react'
  return {
    presets: [['taro', { framework, ts: true, compiler: 'webpack5', useBuiltIns: false, targets }]],
  }
}

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
  // H5 targets the browsers of phones in use (config/h5-browsers.js); the mini-program keeps package.json's
  // browserslist (its engines vary more).
  const h5Targets = process.env.TARO_ENV === 'h5' ? require('./config/h5-browsers').babelTargets : undefined
  return {
    presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', useBuiltIns: false, targets: h5Targets }]],
  }
}

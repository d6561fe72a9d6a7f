import path from 'path'
import webpack from 'webpack'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { PreloadMockChunkPlugin } from './preload-mock-chunk'
import { PreloadRouteChunksPlugin } from './preload-route-chunks'
const h5Browsers: { browserslist: string } = require('./h5-browsers')
const weappEnglishLoader = path.resolve(__dirname, 'weapp-english-loader.js')
const weappEnglish: { TEST: RegExp } = require('./weapp-english-loader')

// The mock ships only when it is on and no real backend is given (TARO_APP_API_BASE): a production build has none of it.
const mockOn = process.env.TARO_APP_MOCK !== 'false' && !process.env.TARO_APP_API_BASE
// OUTPUT_ROOT lets parallel builds (e.g. CI and a dev watcher) write to different folders.
const mockDir = path.resolve(__dirname, '..', 'mock')
const outputRoot = process.env.OUTPUT_ROOT || `dist/${process.env.TARO_ENV}`

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'panyu-gov-services',
    date: '2026-11-23',
    designWidth: 375,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    // WeChat's aria-* attributes in the weapp templates (Taro's own drop them); does nothing on H5.
    plugins: [path.resolve(__dirname, 'weapp-a11y/index.js')],
    defineConstants: {},
    alias: {
      '@/contract': path.resolve(__dirname, '..', 'src/contract'),
      '@/shared': path.resolve(__dirname, '..', 'src/shared'),
      '@/features': path.resolve(__dirname, '..', 'src/features'),
      '@mock': path.resolve(__dirname, '..', 'mock'),
    },
    // H5 root: the favicon, home-screen icons and manifest (web/, icons from scripts/make-web-icons.js), and msw's worker
    // while the mock is on; the weapp root: WeChat's sitemap.json (app.config sitemapLocation).
    copy: {
      patterns: process.env.TARO_ENV === 'h5' ? [
        { from: 'web/manifest.webmanifest', to: `${outputRoot}/manifest.webmanifest` },
        { from: 'web/icon.svg', to: `${outputRoot}/favicon.svg` },
        ...['favicon-32.png', 'apple-touch-icon.png', 'icon-192.png', 'icon-512.png'].map((file) => ({ from: `web/${file}`, to: `${outputRoot}/${file}` })),
        ...(mockOn ? [{ from: 'mock/public/mockServiceWorker.js', to: `${outputRoot}/mockServiceWorker.js` }] : []),
      ] : process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: `${outputRoot}/sitemap.json` }] : [],
      options: {},
    },
    // Preact on weapp: its main package is ~85 KB smaller than with React's reconciler (CONTRIBUTING, "Two renderers")
    framework: process.env.TARO_ENV === 'weapp' ? 'preact' : 'react',
    // Taro's default terser option quote_keys breaks msw's private class fields (#e → #"e").
    // ascii_only off: Taro's mini default writes every Chinese character as a 6-byte \uXXXX escape; WeChat reads
    // its files as UTF-8, where one is 3 bytes (the strings and the mock's data are mostly Chinese).
    terser: { enable: true, config: { output: { quote_keys: false, ...(process.env.TARO_ENV === 'weapp' ? { ascii_only: false } : {}) } } },
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    // WeChat's templates cannot recurse, so base.wxml repeats every component's template once per level; past the
    // last level Taro nests its `comp` component and starts again at level 0 (packages/shared/src/template.ts).
    // 8 levels instead of 16: base.wxml 87 → 54 KB of the main package, and a deeper tree still renders.
    baseLevel: 8,
    cache: { enable: false },
    mini: {
      // mock/ lives beside src/ and ships in the build: compile it like src/.
      compile: { include: [mockDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      optimizeMainPackage: { enable: true },
      webpackChain(chain) {
        // English tables without their keys (keyed again from the Chinese twin): config/weapp-english-loader.js
        chain.module.rule('weappEnglish').test(weappEnglish.TEST).enforce('pre').use('weappEnglish').loader(weappEnglishLoader)
        const preactDom = path.resolve(__dirname, 'shims/preact-dom.js')
        chain.plugin('preactDom').use(webpack.NormalModuleReplacementPlugin, [/^react-dom$/, preactDom])
      },
    },
    h5: {
      compile: { include: [mockDir] },
      // Taro's React components (plain DOM) instead of its Stencil web components: no custom-element
      // upgrade and slot relocation per node, which was most of a first render's script time.
      useHtmlComponents: true,
      // Taro's request pulls fetch and AbortController polyfills (~10 KB gzip) that every H5 target has natively.
      webpackChain(chain) {
        // webpack's own output (its runtime, the start-up yield's async module) for the same browsers as babel
        chain.target(`browserslist:${h5Browsers.browserslist}`)
        const empty = path.resolve(__dirname, 'shims/empty.js')
        chain.resolve.alias.set('whatwg-fetch', empty).set('abortcontroller-polyfill/dist/abortcontroller-polyfill-only', empty)
        chain.resolve.alias.set('tough-cookie', path.resolve(__dirname, 'shims/no-cookies.js')).set('jsonp-retry', path.resolve(__dirname, 'shims/no-jsonp.js'))
        const noTaroTabbar = path.resolve(__dirname, 'shims/no-taro-tabbar.js')
        chain.plugin('noTaroTabbar').use(webpack.NormalModuleReplacementPlugin, [
          /^@tarojs\/components\/dist\/components$/,
          (resource: { context: string; request: string }) => {
            if (/[\\/]@tarojs[\\/]router[\\/]/.test(resource.context)) resource.request = noTaroTabbar
          },
        ])
        if (mockOn) chain.plugin('preloadMockChunk').use(PreloadMockChunkPlugin)
        chain.plugin('preloadRouteChunks').use(PreloadRouteChunksPlugin)
        // ANALYZE=1 keeps module paths in the output, to see what a chunk is made of; ANALYZE=cpu also keeps
        // function names (no minifier), for reading a CPU profile.
        if (process.env.ANALYZE) chain.optimization.set('moduleIds', 'named').set('concatenateModules', false)
        if (process.env.ANALYZE === 'cpu') chain.optimization.minimize(false)
      },
      publicPath: '/',
      // Tab icons as files, not base64 inside the start-up bundle.
      imageUrlLoaderOption: { limit: 1024 },
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      devServer: { host: '127.0.0.1', port: 10086 },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})

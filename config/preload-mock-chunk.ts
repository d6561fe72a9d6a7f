import type { Compilation, Compiler } from 'webpack'

/**
 * Puts `<link rel="preload">` for the mock backend's chunk into index.html.
 * Every first request waits for that chunk, and the app only asks for it
 * once its own scripts have run: from the page head the download starts
 * beside them instead. Low fetch priority, so the app's scripts still come first.
 */
export class PreloadMockChunkPlugin {
  apply(compiler: Compiler) {
    const { Compilation: CompilationClass, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('PreloadMockChunkPlugin', (compilation: Compilation) => {
      compilation.hooks.processAssets.tap({ name: 'PreloadMockChunkPlugin', stage: CompilationClass.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const chunk = compilation.namedChunks.get('mock-backend')
        const html = compilation.getAsset('index.html')
        const file = chunk && [...chunk.files].find((f) => f.endsWith('.js'))
        if (!html || !file) return
        const publicPath = String(compilation.outputOptions.publicPath ?? '/')
        const link = `<link rel="preload" as="script" fetchpriority="low" href="${publicPath}${file}">`
        compilation.updateAsset('index.html', new sources.RawSource(html.source.source().toString().replace('</head>', `${link}</head>`)))
      })
    })
  }
}

import type { Chunk, Compilation, Compiler } from 'webpack'

const PAGE_REQUEST = /^\.\/((?:pages|subpackages)\/.+\/index)$/

/**
 * Lets index.html preload the scripts and styles of the page the address opens.
 * Taro's router asks for a page's chunk only after the app's own scripts have
 * run; on a slow link that is one more round trip before the page can draw. A
 * small inline script reads the route from the hash and adds `<link rel="preload">`
 * for that page's files, so they download beside the app's scripts.
 */
export class PreloadRouteChunksPlugin {
  apply(compiler: Compiler) {
    const { Compilation: CompilationClass, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('PreloadRouteChunksPlugin', (compilation: Compilation) => {
      compilation.hooks.processAssets.tap({ name: 'PreloadRouteChunksPlugin', stage: CompilationClass.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const html = compilation.getAsset('index.html')
        if (!html) return
        const filesByRoute = routeFiles(compilation)
        if (!Object.keys(filesByRoute).length) return
        const script = preloadScript(filesByRoute, String(compilation.outputOptions.publicPath ?? '/'))
        compilation.updateAsset('index.html', new sources.RawSource(html.source.source().toString().replace('</head>', `<script>${script}</script></head>`)))
      })
    })
  }
}

/**
 * The inline script: the route in the hash (or, with none, the first page, which the entry imports
 * first) picks the files to preload.
 */
export function preloadScript(filesByRoute: Record<string, string>, publicPath: string): string {
  const entryRoute = Object.keys(filesByRoute)[0] ?? ''
  return `(function(){var m=${JSON.stringify(filesByRoute)};var r=location.hash.replace(/^#\\/?/,'').split('?')[0]||${JSON.stringify(entryRoute)};(m[r]||'').split(' ').forEach(function(f){if(!f)return;var l=document.createElement('link');l.rel='preload';l.as=/\\.css$/.test(f)?'style':'script';l.href=${JSON.stringify(publicPath)}+f;document.head.appendChild(l)})})()`
}

/** Route → the files (space-separated) its page's lazy chunk group adds to what the entry already loaded. */
export function routeFiles(compilation: Pick<Compilation, 'entrypoints' | 'chunkGroups'>): Record<string, string> {
  const initial = new Set<Chunk>()
  for (const entry of compilation.entrypoints.values()) for (const chunk of entry.chunks) initial.add(chunk)
  const result: Record<string, string> = {}
  for (const group of compilation.chunkGroups) {
    // the router's `import('./pages/…/index')` of each page, in the app's entry
    const route = group.origins.map((origin) => PAGE_REQUEST.exec(origin.request ?? '')?.[1]).find(Boolean)
    if (!route || group.isInitial()) continue
    const files = group.chunks.filter((chunk) => !initial.has(chunk)).flatMap((chunk) => [...chunk.files].filter((file) => /\.(js|css)$/.test(file)))
    if (files.length) result[route] = files.join(' ')
  }
  return result
}

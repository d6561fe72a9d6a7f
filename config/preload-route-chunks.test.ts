import type { Compilation } from 'webpack'
import { preloadScript, routeFiles } from './preload-route-chunks'

type FakeChunk = { files: Set<string> }
const chunk = (...files: string[]): FakeChunk => ({ files: new Set(files) })

function fakeCompilation() {
  const shared = chunk('js/443.js')
  const app = chunk('js/app.js', 'css/app.css')
  const group = (request: string, chunks: FakeChunk[], initial = false) => ({ origins: [{ request }], chunks, isInitial: () => initial })
  return {
    entrypoints: new Map([['app', { chunks: [shared, app] }]]),
    chunkGroups: [
      group('./app', [shared, app], true),
      group('./pages/home/index', [chunk('css/318.css', 'js/318.js')]),
      group('./pages/services/index', [shared, chunk('css/155.css', 'js/155.js', 'js/155.js.map')]),
      group('./subpackages/halls/map/index', [chunk('js/423.js')]),
      group('./MapboxHallMap.h5', [chunk('js/mapbox.js')]),
    ],
  } as unknown as Pick<Compilation, 'entrypoints' | 'chunkGroups'>
}

describe('routeFiles', () => {
  it('maps each page the router imports to the files its chunks add to the entry', () => {
    expect(routeFiles(fakeCompilation())).toEqual({
      'pages/home/index': 'css/318.css js/318.js',
      'pages/services/index': 'css/155.css js/155.js',
      'subpackages/halls/map/index': 'js/423.js',
    })
  })
})

describe('preloadScript', () => {
  const files = { 'pages/home/index': 'css/318.css js/318.js', 'pages/services/index': 'js/155.js' }

  function preloadsFor(hash: string) {
    window.location.hash = hash
    document.head.querySelectorAll('link[rel=preload]').forEach((link) => link.remove())
    new Function(preloadScript(files, '/'))()
    return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=preload]')].map((link) => `${link.as} ${link.getAttribute('href')}`)
  }

  it('preloads the files of the page in the address, query ignored', () => {
    expect(preloadsFor('#/pages/services/index?themeId=newborn')).toEqual(['script /js/155.js'])
  })

  it('preloads the first page when the address names none', () => {
    expect(preloadsFor('')).toEqual(['style /css/318.css', 'script /js/318.js'])
  })

  it('preloads nothing for an unknown route', () => {
    expect(preloadsFor('#/pages/nowhere/index')).toEqual([])
  })
})

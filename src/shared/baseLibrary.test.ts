import Taro from '@tarojs/taro'
import { compareVersion, MIN_BASE_LIBRARY, warnIfBaseLibraryTooOld } from './baseLibrary'

describe('compareVersion', () => {
  it.each([
    ['2.32.3', '2.32.3', 0],
    ['2.32.4', '2.32.3', 1],
    ['2.9.9', '2.32.3', -1],
    ['3.0', '2.32.3', 1],
    ['2.32', '2.32.0', 0],
  ])('%s vs %s → %i', (a, b, expected) => expect(compareVersion(a, b)).toBe(expected))
})

describe('the start-up base library check', () => {
  afterEach(() => jest.restoreAllMocks())
  const running = (SDKVersion: string) => jest.spyOn(Taro, 'getAppBaseInfo').mockReturnValue({ SDKVersion } as never)

  it('asks to update WeChat below the minimum', () => {
    running('2.30.0')
    const modal = jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true }) as never)
    expect(warnIfBaseLibraryTooOld()).toBe(true)
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ showCancel: false, content: expect.stringContaining(MIN_BASE_LIBRARY) }))
  })

  it('says nothing on the minimum or newer', () => {
    const modal = jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true }) as never)
    running(MIN_BASE_LIBRARY)
    expect(warnIfBaseLibraryTooOld()).toBe(false)
    running('3.6.0')
    expect(warnIfBaseLibraryTooOld()).toBe(false)
    expect(modal).not.toHaveBeenCalled()
  })
})

describe('the weapp build', () => {
  it('compiles for the engines of the oldest base library the app accepts, not older and not newer', () => {
    // config/weapp-browsers.js: WeChat's table gives iOS 13 and Chrome 86 from base library 2.30.0; babel emits
    // native async/await and classes for them. Accepting an older base library would need older targets.
    const weapp = require('../../config/weapp-browsers') as { fromBaseLibrary: string; babelTargets: Record<string, string> }
    expect(compareVersion(MIN_BASE_LIBRARY, weapp.fromBaseLibrary)).toBeGreaterThanOrEqual(0)
    expect(weapp.babelTargets).toEqual({ ios: '13', chrome: '86' })
    const project = require('../../project.config.json') as { libVersion: string }
    expect(project.libVersion).toBe(MIN_BASE_LIBRARY)
  })
})

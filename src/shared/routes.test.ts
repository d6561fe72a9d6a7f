import Taro from '@tarojs/taro'
import { decodeParam, go, ROUTES, STACK_LIMIT } from './routes'

describe('go() on weapp', () => {
  const env = process.env.TARO_ENV
  beforeAll(() => { process.env.TARO_ENV = 'weapp' })
  afterAll(() => { process.env.TARO_ENV = env })
  let navigateTo: jest.SpyInstance
  let redirectTo: jest.SpyInstance
  let switchTab: jest.SpyInstance
  const stackOf = (depth: number) => jest.spyOn(Taro, 'getCurrentPages').mockReturnValue(Array.from({ length: depth }, () => ({ route: 'pages/home/index' })) as never)

  beforeEach(() => {
    navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    redirectTo = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    switchTab = jest.spyOn(Taro, 'switchTab').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
  })
  afterEach(() => jest.restoreAllMocks())

  it('pushes a page while the stack has room', () => {
    stackOf(STACK_LIMIT - 2)
    go(ROUTES.item, { id: 'outdoor-ad-temp', empty: '' })
    expect(navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.item}?id=outdoor-ad-temp` })
    expect(redirectTo).not.toHaveBeenCalled()
  })

  it.each([STACK_LIMIT - 1, STACK_LIMIT])('replaces the current page when %i pages are open (WeChat allows 10)', (depth) => {
    stackOf(depth)
    go(ROUTES.hall, { id: 'centre' })
    expect(redirectTo).toHaveBeenCalledWith({ url: `${ROUTES.hall}?id=centre` })
    expect(navigateTo).not.toHaveBeenCalled()
  })

  it('switches tabs for a tab page, whatever the depth', () => {
    stackOf(STACK_LIMIT)
    go(ROUTES.safe)
    expect(switchTab).toHaveBeenCalledWith({ url: ROUTES.safe })
    expect(navigateTo).not.toHaveBeenCalled()
    expect(redirectTo).not.toHaveBeenCalled()
  })
})

describe('go() on H5', () => {
  afterEach(() => jest.restoreAllMocks())

  it('always pushes: the browser history has no 10-page limit', () => {
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue(Array.from({ length: STACK_LIMIT }, () => ({ route: 'pages/home/index' })) as never)
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    go(ROUTES.hall, { id: 'centre' })
    expect(navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.hall}?id=centre` })
  })
})

describe('decodeParam', () => {
  it('decodes a query value', () => expect(decodeParam('a%2Cb')).toBe('a,b'))
  it('keeps a mangled value instead of throwing', () => expect(decodeParam('%E0%A4%A')).toBe('%E0%A4%A'))
})

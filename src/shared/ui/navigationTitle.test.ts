import fs from 'fs'
import path from 'path'
import Taro from '@tarojs/taro'
import { ROUTES } from '../routes'
import { useLocaleStore } from '../strings'
import { common as zh } from '../strings/zh/common'
import { applyNavigationTitle, navigationTitleKey } from './navigationTitle'

describe('navigation titles', () => {
  it('every page has a title key, and its Chinese equals the page config (what WeChat shows first)', () => {
    for (const route of Object.values(ROUTES)) {
      const key = navigationTitleKey(route)
      expect(key).toBeDefined()
      const config = fs.readFileSync(path.join(__dirname, '../..', `${route}.config.ts`), 'utf8')
      expect(`${route}: ${zh[key!]}`).toBe(`${route}: ${/navigationBarTitleText: '([^']*)'/.exec(config)?.[1]}`)
    }
  })

  it('finds the key whatever the query or leading slash', () => {
    expect(navigationTitleKey('subpackages/catalogue/item/index?id=x')).toBe('nav.item')
    expect(navigationTitleKey('/pages/nowhere/index')).toBeUndefined()
  })

  describe('applyNavigationTitle', () => {
    let setTitle: jest.SpyInstance
    let pages: jest.SpyInstance
    beforeEach(() => {
      setTitle = jest.spyOn(Taro, 'setNavigationBarTitle').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
      pages = jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'pages/home/index' }, { route: 'subpackages/halls/map/index' }] as never)
    })
    afterEach(async () => {
      setTitle.mockRestore()
      pages.mockRestore()
      await useLocaleStore.getState().setLocale('zh')
    })

    it('titles the page on screen in the chosen language', async () => {
      await useLocaleStore.getState().setLocale('en')
      applyNavigationTitle('/subpackages/halls/map/index')
      expect(setTitle).toHaveBeenCalledWith({ title: 'Find a hall' })
    })

    it('leaves the title alone when the page is not the one on screen', () => {
      applyNavigationTitle('/pages/home/index')
      expect(setTitle).not.toHaveBeenCalled()
    })
  })
})

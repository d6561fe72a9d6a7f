import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useMockBackend } from '../../../../test/mock-server'
import { ItemGuide } from '../index'
import { useCatalogueMemory } from '../memory'
import { matchRange } from '../components/ItemRow'
import { ROUTES } from '@/shared/routes'
import { useLocaleStore } from '@/shared/strings'

describe('ItemGuide (办事指南)', () => {
  useMockBackend()
  beforeEach(() => act(() => useCatalogueMemory.setState({ recent: [], favourites: [] })))

  it('shows conditions, materials, time limit, fee, tags and the halls that handle it', async () => {
    render(<ItemGuide itemId='drainage-permit' />)
    expect(await screen.findByText('城镇污水排入排水管网许可')).toBeInTheDocument()
    expect(screen.getByText('1. 排水户位于本区城镇排水设施覆盖范围内')).toBeInTheDocument()
    expect(screen.getByText('申请材料（3）')).toBeInTheDocument()
    expect(screen.getByText('5 个工作日')).toBeInTheDocument()
    const tags = screen.getByTestId('item-tags').textContent
    expect(tags).toContain('秒批')
    expect(tags).toContain('告知承诺')
    expect(tags).toContain('容缺受理')
    expect(screen.getByText('可调用电子证照，无需提交纸质材料')).toBeInTheDocument()
    await waitFor(() => expect(screen.getAllByTestId('item-hall').length).toBeGreaterThan(0))
    expect(screen.getByText(/可办理地点（\d+）/)).toBeInTheDocument()
  })

  it('sends 在线申请 to the bundle that holds the item, and remembers the view', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
    render(<ItemGuide itemId='birth-hukou' />)
    expect(await screen.findByText('可在“新生儿出生一件事”中与相关事项一次办理')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByTestId('item-apply')).not.toHaveClass('ui-button--disabled'))
    fireEvent.click(screen.getByTestId('item-apply'))
    expect(navigate).toHaveBeenCalledWith({ url: `${ROUTES.bundle}?id=newborn` })
    expect(useCatalogueMemory.getState().recent.map((r) => r.id)).toEqual(['birth-hukou'])
    navigate.mockRestore()
  })

  it('sends a 秒批 item to instant approval, and booking to the hall booking page', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
    render(<ItemGuide itemId='weather-cert' />)
    await screen.findByText('气象证明')
    await waitFor(() => expect(screen.getByTestId('item-apply')).not.toHaveClass('ui-button--disabled'))
    fireEvent.click(screen.getByTestId('item-apply'))
    expect(navigate).toHaveBeenLastCalledWith({ url: `${ROUTES.instantApply}?itemId=weather-cert` })
    fireEvent.click(screen.getByTestId('item-book'))
    expect(navigate).toHaveBeenLastCalledWith({ url: `${ROUTES.hallBooking}?itemId=weather-cert` })
    navigate.mockRestore()
  })

  it('sends a 秒批 item that a bundle also holds to instant approval, and still offers the bundle', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
    render(<ItemGuide itemId='elder-card' />)
    expect(await screen.findByTestId('item-bundle')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByTestId('item-apply')).not.toHaveClass('ui-button--disabled'))
    fireEvent.click(screen.getByTestId('item-apply'))
    expect(navigate).toHaveBeenLastCalledWith({ url: `${ROUTES.instantApply}?itemId=elder-card` })
    navigate.mockRestore()
  })

  it('applies for an item outside any bundle on its own, and keeps favourites', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
    render(<ItemGuide itemId='tree-felling' />)
    await screen.findByText('林木采伐许可证核发')
    await waitFor(() => expect(screen.getByTestId('item-apply')).not.toHaveClass('ui-button--disabled'))
    expect(screen.queryByTestId('item-bundle')).toBeNull()
    fireEvent.click(screen.getByTestId('item-apply'))
    expect(navigate).toHaveBeenCalledWith({ url: `${ROUTES.bundleApply}?id=item.tree-felling` })
    fireEvent.click(screen.getByTestId('item-favourite'))
    expect(useCatalogueMemory.getState().favourites.map((f) => f.id)).toEqual(['tree-felling'])
    expect(screen.getByText('已收藏')).toBeInTheDocument()
    fireEvent.click(screen.getByTestId('item-favourite'))
    expect(useCatalogueMemory.getState().favourites).toEqual([])
    navigate.mockRestore()
  })
})

describe('search highlight', () => {
  it('marks the typed text, or the characters the pinyin initials stand for', () => {
    expect(matchRange('排水接驳核准', 'psjbhz', '接驳')).toEqual([2, 4])
    expect(matchRange('临时排水许可（施工作业）', 'lspsxksgzy', 'psxk')).toEqual([2, 6])
    expect(matchRange('临时排水许可（施工作业）', 'lspsxksgzy', 'sgzy')).toEqual([7, 11])
    expect(matchRange('气象证明', 'qxzm', 'zzz')).toBeNull()
    expect(matchRange('气象证明', undefined, 'qx')).toBeNull()
  })
})

describe('a 全程网办 item (online only)', () => {
  useMockBackend()

  it('says near the top that no visit is needed, and lists no halls', async () => {
    render(<ItemGuide itemId='swuj-3-0-p' />)
    await screen.findByText('个人所得税综合所得年度汇算')
    const banner = screen.getByTestId('item-not-bookable')
    expect(banner).toHaveTextContent('全程网办，无需到现场')
    // before the guide's details, not at the bottom under 问一问
    expect(banner.compareDocumentPosition(screen.getByText('申请条件')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(screen.getByTestId('ask-input').compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy()
    expect(screen.queryByText(/可办理地点/)).toBeNull()
    expect(screen.queryByTestId('item-hall')).toBeNull()
    expect(screen.queryByTestId('item-book')).toBeNull()
  })
})

describe('an item with 情形 (situations)', () => {
  useMockBackend()

  it('lists its 情形, starts on the first bookable one, and shows the chosen one\'s materials and whether it can be booked', async () => {
    render(<ItemGuide itemId='gaj-0-0-p' />)
    await screen.findByText('居民身份证办理')
    const chips = screen.getAllByTestId('item-situation')
    expect(chips.map((c) => c.textContent)).toEqual(expect.arrayContaining(['首次申领', '遗失补领', '办理进度及结果查询']))
    expect(screen.getByText(/办理情形（\d+）/)).toBeInTheDocument()
    expect(chips[0]).toHaveAttribute('aria-pressed', 'true')
    expect(screen.queryByText('遗失情况说明')).toBeNull()
    expect(screen.getByTestId('item-book')).toBeInTheDocument()
    // 遗失补领 asks for one more material
    fireEvent.click(chips.find((c) => c.textContent === '遗失补领')!)
    expect(await screen.findByText('遗失情况说明')).toBeInTheDocument()
    expect(screen.queryByTestId('item-situation-note')).toBeNull()
    // a 情形 done online says so, with no material of the visit
    fireEvent.click(chips.find((c) => c.textContent === '办理进度及结果查询')!)
    expect(await screen.findByTestId('item-situation-note')).toHaveTextContent('此情形全程网办')
    expect(screen.getByText('即办')).toBeInTheDocument()
  })

  it('books the chosen 情形 (预约 and the halls pass it on), and offers no 预约 for one that cannot be booked', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve() as never)
    render(<ItemGuide itemId='gaj-0-0-p' />)
    await screen.findByText('居民身份证办理')
    const chips = screen.getAllByTestId('item-situation')
    fireEvent.click(screen.getByTestId('item-book'))
    expect(navigate).toHaveBeenLastCalledWith({ url: `${ROUTES.hallBooking}?itemId=gaj-0-0-p&situation=first` })
    fireEvent.click(chips.find((c) => c.textContent === '遗失补领')!)
    await screen.findByText('遗失情况说明')
    fireEvent.click(screen.getByTestId('item-book'))
    expect(navigate).toHaveBeenLastCalledWith({ url: `${ROUTES.hallBooking}?itemId=gaj-0-0-p&situation=lost` })
    const hall = (await screen.findAllByTestId('item-hall'))[0]
    fireEvent.click(hall)
    expect(navigate.mock.lastCall![0].url).toMatch(/^\/subpackages\/appointments\/book\/index\?itemId=gaj-0-0-p&hallId=[\w-]+&situation=lost$/)
    fireEvent.click(chips.find((c) => c.textContent === '有效期满换领')!)
    await screen.findByTestId('item-situation-note')
    expect(screen.queryByTestId('item-book')).toBeNull()
    expect(screen.getByTestId('item-apply')).toBeInTheDocument()
    // a hall row no longer books what cannot be booked: it opens the hall
    fireEvent.click(screen.getAllByTestId('item-hall')[0])
    expect(navigate.mock.lastCall![0].url).toMatch(/^\/subpackages\/halls\/hall\/index\?id=[\w-]+$/)
    navigate.mockRestore()
  })
})

describe('ItemGuide in English', () => {
  useMockBackend()
  beforeEach(() => act(() => useLocaleStore.getState().setLocale('en')))
  afterEach(() => act(() => useLocaleStore.getState().setLocale('zh')))

  it('names a generated item and its 情形 in English', async () => {
    render(<ItemGuide itemId='gaj-10-0-p' />)
    expect(await screen.findByRole('heading', { name: 'Dog registration' })).toBeInTheDocument()
    expect(screen.queryByText('犬只登记')).toBeNull()
    await waitFor(() => expect(screen.getAllByTestId('item-hall').length).toBeGreaterThan(0))
    // the halls' opening hours in English too (the API's hoursText is Chinese)
    expect(screen.getAllByTestId('item-hall')[0].textContent).toMatch(/Mon–Fri \d\d:\d\d/)
  })

  it('names the bundle that holds the item in English', async () => {
    render(<ItemGuide itemId='birth-hukou' />)
    expect(await screen.findByTestId('item-bundle')).toHaveTextContent('“Newborn baby”')
    await waitFor(() => expect(screen.getAllByTestId('item-hall').length).toBeGreaterThan(0))
  })
})

import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react'
import { useMockBackend } from '../../../../test/mock-server'
import { CatalogueBrowser, useItemSearch } from '../index'
import { useCatalogueMemory } from '../memory'
import { useLocaleStore } from '@/shared/strings'

describe('CatalogueBrowser', () => {
  useMockBackend()

  it('lists items from the backend, and highlights a query in the names', async () => {
    render(<CatalogueBrowser initialQuery='排水' />)
    expect(await screen.findByText(/找到 \d+ 个结果/)).toBeInTheDocument()
    const hits = document.querySelectorAll('.catalogue-hit')
    expect(hits.length).toBeGreaterThan(0)
    expect(Array.from(hits).every((h) => h.textContent === '排水')).toBe(true)
  })

  it('narrows the results as the query changes, keeping only the newest answer', async () => {
    const { result } = renderHook(() => useItemSearch())
    await waitFor(() => expect(result.current.result).toBeDefined())
    const all = result.current.result!.total
    act(() => result.current.setQuery('排'))
    act(() => result.current.setQuery('排水许可'))
    await waitFor(() => expect(result.current.loading).toBe(false))
    expect(result.current.result!.total).toBeLessThan(all)
    expect(result.current.result!.items[0].name).toContain('排水')
  })

  it('says so, and offers themes, when nothing matches', async () => {
    render(<CatalogueBrowser initialQuery='不存在的事项名称' />)
    expect(await screen.findByText('没有找到“不存在的事项名称”相关事项')).toBeInTheDocument()
    expect(screen.getByText('换个说法试试，如“生孩子”“开饭店”，或按主题查找')).toBeInTheDocument()
  })

  it('filters by theme', async () => {
    render(<CatalogueBrowser initialTheme='p-birth' />)
    await waitFor(() => expect(screen.getAllByTestId('item-row').length).toBeGreaterThan(0))
    expect(screen.getAllByText(/新生儿|出生|生育|预防接种|医疗|母婴|放射|卫生|义诊|计划生育|职业健康|护士|医师/).length).toBeGreaterThan(0)
  })
})

describe('CatalogueBrowser: bundles, departments, pinyin, recent and saved', () => {
  useMockBackend()

  it('suggests the 一件事 for an event above the items', async () => {
    render(<CatalogueBrowser initialQuery='排水' />)
    expect(await screen.findByTestId('bundle-hit')).toHaveTextContent('排水许可一件事')
  })

  it('finds items by pinyin initials and highlights the characters they stand for', async () => {
    render(<CatalogueBrowser initialQuery='psxk' />)
    const rows = await screen.findAllByTestId('item-row')
    expect(rows[0]).toHaveTextContent('城镇污水排入排水管网许可')
    const hits = Array.from(document.querySelectorAll('.catalogue-hit')).map((h) => h.textContent)
    expect(hits).toContain('排水许可')
  })

  it('browses by department', async () => {
    render(<CatalogueBrowser />)
    fireEvent.click(screen.getByTestId('browse-department'))
    const chip = await screen.findByText(/^区水务局 \d+ 项$/)
    fireEvent.click(chip)
    await waitFor(() => expect(screen.getAllByTestId('item-row')[0]).toHaveTextContent('区水务局'))
    expect(screen.getAllByTestId('item-row').every((row) => row.textContent!.includes('区水务局'))).toBe(true)
  })

  it('shows saved and recently viewed items when nothing is typed', async () => {
    act(() => useCatalogueMemory.setState({ recent: [{ id: 'weather-cert', name: '气象证明', department: '区气象局' }], favourites: [{ id: 'birth-hukou', name: '出生登记（新生儿入户）', department: '区公安分局' }] }))
    render(<CatalogueBrowser />)
    expect(screen.getByTestId('recent')).toHaveTextContent('气象证明')
    expect(screen.getByTestId('favourites')).toHaveTextContent('出生登记（新生儿入户）')
    fireEvent.click(screen.getByText('清空'))
    expect(screen.queryByTestId('recent')).toBeNull()
    act(() => useCatalogueMemory.setState({ recent: [], favourites: [] }))
  })

  it('names saved and recent items in English when the app is in English', async () => {
    await act(() => useLocaleStore.getState().setLocale('en'))
    act(() => useCatalogueMemory.setState({ recent: [{ id: 'gaj-10-0-p', name: '犬只登记', nameEn: 'Dog registration', department: '区公安分局' }], favourites: [] }))
    render(<CatalogueBrowser />)
    expect(screen.getByTestId('recent')).toHaveTextContent('Dog registration')
    expect(screen.getByTestId('recent')).not.toHaveTextContent('犬只登记')
    act(() => useCatalogueMemory.setState({ recent: [], favourites: [] }))
    await act(() => useLocaleStore.getState().setLocale('zh'))
  })
})

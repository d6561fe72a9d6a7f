import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useMockBackend } from '../../../../test/mock-server'
import { CatalogueBrowser } from '../index'

// the first search builds the mock's index: slow on a busy machine
const SLOW = { timeout: 15000 }
jest.setTimeout(60000)

describe('one search on the 办事 screen', () => {
  useMockBackend()

  it('shows the 一件事 first, in its own section, saying why it was found', async () => {
    render(<CatalogueBrowser initialQuery='生孩子' />)
    const bundles = await screen.findByTestId('search-section-bundle', {}, SLOW)
    expect(within(bundles).getByTestId('bundle-hit')).toHaveTextContent('新生儿出生一件事')
    expect(within(bundles).getByTestId('search-why')).toHaveTextContent('生孩子 → 新生儿出生一件事')
  })

  it('puts items, policies and halls in sections after the 一件事', async () => {
    render(<CatalogueBrowser initialQuery='开饭店' />)
    await screen.findByTestId('search-section-bundle', {}, SLOW)
    const sections = Array.from(document.querySelectorAll('[data-testid^="search-section-"]')).map((el) => el.getAttribute('data-testid'))
    expect(sections[0]).toBe('search-section-bundle')
    expect(sections).toContain('search-section-item')
    expect(within(screen.getByTestId('search-section-item')).getAllByTestId('item-row')[0]).toHaveTextContent('食品经营许可证核发')
  })

  it('answers where a thing is done when the district does not do it, instead of nothing found', async () => {
    render(<CatalogueBrowser initialQuery='办护照' />)
    const card = await screen.findByTestId('search-elsewhere', {}, SLOW)
    expect(card).toHaveTextContent('“办护照”不在本区办理')
    expect(card).toHaveTextContent('出入境')
    expect(screen.getByTestId('elsewhere-hall')).toHaveTextContent('查看番禺区政务服务中心')
    expect(screen.queryByText(/没有找到/)).toBeNull()
  })

  it('says which word it searched when one character was wrong', async () => {
    render(<CatalogueBrowser initialQuery='公机金提取' />)
    expect(await screen.findByTestId('search-corrected', {}, SLOW)).toHaveTextContent('没有找到“公机金提取”，以下是“公积金提取”的结果')
  })

  it('loads more results to the last one', async () => {
    render(<CatalogueBrowser initialQuery='许可' />)
    const count = await screen.findByTestId('result-count', {}, SLOW)
    const total = Number(count.textContent!.match(/\d+/)![0])
    expect(total).toBeGreaterThan(20)
    const rows = () => document.querySelectorAll('[data-testid="item-row"], [data-testid="bundle-hit"], [data-testid="policy-hit"], [data-testid="hall-hit"]').length
    expect(rows()).toBe(20)
    while (screen.queryByTestId('load-more')) {
      const before = rows()
      fireEvent.click(screen.getByTestId('load-more'))
      await waitFor(() => expect(rows()).toBeGreaterThan(before), SLOW)
    }
    expect(rows()).toBe(total)
    expect(screen.getByTestId('list-end')).toHaveTextContent(`共 ${total} 个，已全部显示`)
  })
})

describe('browsing the catalogue', () => {
  useMockBackend()

  it('goes on past the first 20 items', async () => {
    render(<CatalogueBrowser initialTheme='p-social' />)
    await waitFor(() => expect(screen.getAllByTestId('item-row')).toHaveLength(20), SLOW)
    fireEvent.click(screen.getByTestId('load-more'))
    await waitFor(() => expect(screen.getAllByTestId('item-row').length).toBeGreaterThan(20), SLOW)
    const names = screen.getAllByTestId('item-row').map((row) => row.textContent)
    expect(new Set(names).size).toBe(names.length)
  })
})

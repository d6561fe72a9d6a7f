import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import type { Case } from '@/contract'
import { useMockBackend, signInAs } from '../../../../test/mock-server'
import { clock } from '../../../../mock/clock'
import { createCase, recordStep } from '../../../../mock/cases/domain'
import { CaseDetail, CaseList, FeedbackForm, RatingForm } from '../index'

function type(testId: string, value: string) {
  act(() => { fireEvent(screen.getByTestId(testId), new CustomEvent('input', { detail: { value }, bubbles: true })) })
}

const NOW = new Date('2026-11-23T02:00:00Z')

describe('cases UI', () => {
  const { server, backend } = useMockBackend()
  beforeEach(() => clock.freeze(NOW))

  function seedCase(status: 'approved' | 'submitted', nextStepAt?: string): Case {
    const c = createCase(backend.store, { ownerId: 'u-resident', title: '社会保险参保缴费证明', source: 'instant', sourceId: 'social-insurance-cert', itemIds: ['social-insurance-cert'], nextStepAt }, NOW)
    return status === 'approved' ? recordStep(backend.store, c.id, { status: 'approved', event: { kind: 'approved', text: '已办结', actor: '人社局' } }, NOW) : c
  }

  it('rates a finished case once: stars and comment, then shows the rating instead of the form', async () => {
    await signInAs(backend, 'resident')
    const c = seedCase('approved')
    const onRated = jest.fn()
    const { rerender } = render(<RatingForm record={c} onRated={onRated} />)
    fireEvent.click(screen.getByTestId('rating-submit'))
    expect(screen.getByText('请先选择星级')).toBeInTheDocument()
    fireEvent.click(screen.getByTestId('star-2'))
    expect(screen.getByText('不满意')).toBeInTheDocument()
    fireEvent.click(screen.getByTestId('rating-submit'))
    expect(screen.getByText('请说说哪里不满意，便于我们改进')).toBeInTheDocument()
    fireEvent.click(screen.getByTestId('star-5'))
    type('rating-comment', '一分钟就办好了')
    fireEvent.click(screen.getByTestId('rating-submit'))
    await waitFor(() => expect(onRated).toHaveBeenCalled())
    const updated: Case = onRated.mock.calls[0][0]
    expect(updated.rating).toMatchObject({ stars: 5, comment: '一分钟就办好了' })
    rerender(<RatingForm record={updated} onRated={onRated} />)
    expect(screen.getByTestId('rating-done')).toBeInTheDocument()
    expect(screen.queryByTestId('rating-submit')).toBeNull()
    expect(screen.getByText('非常满意')).toBeInTheDocument()
  })

  it('shows the rating already on record when the case was rated elsewhere', async () => {
    await signInAs(backend, 'resident')
    const c = seedCase('approved')
    const onRated = jest.fn()
    render(<RatingForm record={c} onRated={onRated} />)
    // rated from another device in the meantime
    await backend.handle({ method: 'POST', url: `/api/cases/${c.id}/rating`, headers: { authorization: `Bearer ${(await import('@/shared/api')).authToken.get()}` }, body: { stars: 4, comment: '' } })
    fireEvent.click(screen.getByTestId('star-5'))
    fireEvent.click(screen.getByTestId('rating-submit'))
    await waitFor(() => expect(onRated).toHaveBeenCalled())
    expect(onRated.mock.calls[0][0].rating.stars).toBe(4)
  })

  it('shows a case with its steps and timeline, moving on as the clock moves, and offers rating once done', async () => {
    await signInAs(backend, 'resident')
    const c = seedCase('submitted', new Date(NOW.getTime() + 30 * 60_000).toISOString())
    const first = render(<CaseDetail id={c.id} />)
    expect(await screen.findByTestId('case-detail')).toHaveAttribute('data-status', 'submitted')
    expect(screen.getAllByTestId('timeline-event')).toHaveLength(1)
    expect(screen.queryByTestId('rating-form')).toBeNull()
    first.unmount()
    clock.freeze(new Date(NOW.getTime() + 1000 * 60_000))
    render(<CaseDetail id={c.id} />)
    expect(await screen.findByTestId('case-detail')).toHaveAttribute('data-status', 'approved')
    expect(screen.getAllByTestId('timeline-event').map((e) => e.getAttribute('data-kind'))).toEqual(['approved', 'materials-received', 'accepted', 'submitted'])
    expect(screen.getByTestId('rating-form')).toBeInTheDocument()
  })

  it('shows a help request (帮办代办) as one row of its own steps, and links back to the request', async () => {
    await signInAs(backend, 'resident')
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    // about a hall: the case has no items, its steps are the request's
    const c = createCase(backend.store, { ownerId: 'u-resident', title: '帮办代办 · 陪办 · 番禺区政务服务中心', source: 'assist', sourceId: 'assist_1', itemIds: [] }, NOW)
    recordStep(backend.store, c.id, { status: 'accepted', event: { kind: 'accepted', text: '已受理' } }, NOW)
    render(<CaseDetail id={c.id} />)
    const bar = await screen.findByTestId('step-bar')
    expect(bar.textContent).toBe('申请安排帮办完成')
    expect(bar.textContent).not.toContain('审核')
    expect(bar).toHaveAttribute('aria-valuenow', '2')
    expect(screen.getByTestId('case-detail').textContent).toContain('帮办代办')
    // no 寄材料 for a help request
    expect(screen.queryByTestId('mail-in')).toBeNull()
    fireEvent.click(screen.getByTestId('case-assist'))
    expect(String(navigate.mock.calls[0][0].url)).toBe('/subpackages/assist/detail/index?id=assist_1')
    navigate.mockRestore()
  })

  it('lists cases with status tags and filters them by status', async () => {
    await signInAs(backend, 'resident')
    seedCase('approved')
    seedCase('submitted')
    render(<CaseList />)
    await waitFor(() => expect(screen.getAllByTestId('case-card')).toHaveLength(2))
    // the filter chip and the tag
    expect(screen.getAllByText('已办结')).toHaveLength(2)
    fireEvent.click(screen.getByTestId('filter-in-progress'))
    await waitFor(() => expect(screen.getAllByTestId('case-card')).toHaveLength(1))
    expect(screen.getByText('已提交')).toBeInTheDocument()
    fireEvent.click(screen.getByTestId('filter-needs-correction'))
    expect(await screen.findByText('没有该状态的办件')).toBeInTheDocument()
  })

  it('files 办不成事 feedback about a case and lists it', async () => {
    await signInAs(backend, 'resident')
    const c = seedCase('approved')
    render(<FeedbackForm caseId={c.id} />)
    expect(await screen.findByTestId('feedback-case')).toBeInTheDocument()
    expect(await screen.findByText('还没有反映记录')).toBeInTheDocument()
    type('feedback-text', '短')
    fireEvent.click(screen.getByTestId('feedback-submit'))
    expect(screen.getByText('请至少写 5 个字，说明遇到的问题')).toBeInTheDocument()
    type('feedback-text', '窗口让我回去开证明，但没说开什么证明')
    fireEvent.click(screen.getByTestId('feedback-submit'))
    expect(await screen.findByTestId('feedback-sent')).toBeInTheDocument()
    expect(screen.getByText(/反映编号 FK20261123-00001/)).toBeInTheDocument()
    await waitFor(() => expect(screen.getAllByTestId('feedback-row')).toHaveLength(1))
  })

  it('a second tap after the answers were lost sends the same feedback again (one key): one feedback is filed', async () => {
    await signInAs(backend, 'resident')
    const keys: string[] = []
    let lose = true
    server.use(http.post('*/api/feedback', async ({ request }) => {
      const headers = Object.fromEntries(request.headers.entries())
      keys.push(headers['idempotency-key'])
      // the backend files it; the answer never reaches the phone (the client's own retries included)
      const res = await backend.handle({ method: 'POST', url: '/api/feedback', headers, body: await request.json() })
      return lose ? HttpResponse.error() : HttpResponse.json(res.body as object, { status: res.status })
    }))
    render(<FeedbackForm />)
    expect(await screen.findByText('还没有反映记录')).toBeInTheDocument()
    type('feedback-text', '网上说能办，窗口说不能办')
    fireEvent.click(screen.getByTestId('feedback-submit'))
    fireEvent.click(screen.getByTestId('feedback-submit'))
    expect(await screen.findByRole('alert', undefined, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.queryByTestId('feedback-sent')).toBeNull()
    lose = false
    fireEvent.click(screen.getByTestId('feedback-submit'))
    expect(await screen.findByTestId('feedback-sent')).toBeInTheDocument()
    expect(new Set(keys).size).toBe(1)
    expect(keys.length).toBeGreaterThan(1)
    // the list below loads again by itself and holds the one feedback
    await waitFor(() => expect(screen.getAllByTestId('feedback-row')).toHaveLength(1))
  }, 10000)

  it('loads the next page below the first', async () => {
    await signInAs(backend, 'resident')
    for (let i = 0; i < 23; i++) seedCase('submitted')
    render(<CaseList />)
    await waitFor(() => expect(screen.getAllByTestId('case-card')).toHaveLength(20))
    expect(screen.getByText('已显示 20 / 23 件')).toBeInTheDocument()
    fireEvent.click(screen.getByTestId('cases-load-more'))
    await waitFor(() => expect(screen.getAllByTestId('case-card')).toHaveLength(23))
    expect(screen.queryByTestId('cases-load-more')).toBeNull()
  }, 15000) // 23 cards rendered twice: over jest's 5 s when the shared machine is loaded
})

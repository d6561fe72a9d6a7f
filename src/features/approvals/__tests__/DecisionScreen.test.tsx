import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { InstantCheck, InstantDecision } from '@/contract'
import { useMockBackend, signInAs } from '../../../../test/mock-server'
import { clock } from '../../../../mock/clock'
import { CHECKING_BUDGET_MS, tickMs } from '../components/DecisionScreen'
import { DecisionScreen, InstantApply } from '../index'

function type(testId: string, value: string) {
  act(() => { fireEvent(screen.getByTestId(testId), new CustomEvent('input', { detail: { value }, bubbles: true })) })
}

const CHECKS: InstantCheck[] = [
  { id: 'a', label: '营业执照有效', source: '电子证照库' },
  { id: 'b', label: '单块面积不超过 10 m²', source: '申请表' },
]

const DECISION: InstantDecision = {
  decision: 'rejected',
  reasons: [{ ruleId: 'b', label: '单块面积不超过 10 m²', source: '申请表', verdict: 'fail', message: '单块面积 15 m² 超过秒批上限 10 m²', remedy: '请把单块面积改为不超过 10 m² 后重新申请' }],
  checks: [
    { ruleId: 'a', label: '营业执照有效', source: '电子证照库', verdict: 'pass' },
    { ruleId: 'b', label: '单块面积不超过 10 m²', source: '申请表', verdict: 'fail', message: '单块面积 15 m² 超过秒批上限 10 m²', remedy: '请把单块面积改为不超过 10 m² 后重新申请' },
  ],
  caseId: 'case_1',
  caseNumber: 'PY20261123-000001',
  decidedAt: '2026-11-23T02:00:00.000Z',
}

describe('DecisionScreen', () => {
  useMockBackend()

  it('keeps the whole checking animation under a second, whatever the number of rules', () => {
    for (const n of [1, 4, 9, 20]) expect(n * tickMs(n)).toBeLessThanOrEqual(CHECKING_BUDGET_MS)
    expect(CHECKING_BUDGET_MS).toBeLessThan(1000)
  })

  it('ticks the rules while waiting, never shows a blank screen, then explains each failed rule and what to do', async () => {
    const { rerender } = render(<DecisionScreen checks={CHECKS} startedAt={Date.now()} onRetry={jest.fn()} onEdit={jest.fn()} />)
    expect(screen.getByText('正在自动核验…')).toBeInTheDocument()
    expect(screen.getAllByTestId('check-row')).toHaveLength(2)
    expect(screen.getAllByTestId('check-row')[0].getAttribute('data-state')).toBe('checking')
    // no answer yet: the rows wait, no verdict is made up
    await waitFor(() => expect(screen.getByText('已核验 2/2 项规则')).toBeInTheDocument(), { timeout: 3000 })
    expect(screen.queryByTestId('decision-outcome')).toBeNull()
    expect(screen.getAllByTestId('check-row').map((r) => r.getAttribute('data-state'))).toEqual(['checking', 'checking'])

    const onEdit = jest.fn()
    rerender(<DecisionScreen checks={CHECKS} result={DECISION} startedAt={Date.now()} onRetry={jest.fn()} onEdit={onEdit} />)
    expect(await screen.findByText('未通过，不予许可', {}, { timeout: 3000 })).toBeInTheDocument()
    expect(screen.getAllByTestId('check-row').map((r) => r.getAttribute('data-state'))).toEqual(['pass', 'fail'])
    expect(screen.getByText('单块面积 15 m² 超过秒批上限 10 m²')).toBeInTheDocument()
    expect(screen.getByText('请把单块面积改为不超过 10 m² 后重新申请')).toBeInTheDocument()
    fireEvent.click(screen.getByTestId('edit-again'))
    expect(onEdit).toHaveBeenCalled()
  })

  it('shows a failed request with a retry', async () => {
    const onRetry = jest.fn()
    render(<DecisionScreen checks={CHECKS} error={new Error('x')} startedAt={Date.now()} onRetry={onRetry} onEdit={jest.fn()} />)
    expect(screen.getByTestId('error-state')).toBeInTheDocument()
    fireEvent.click(screen.getByText('重试'))
    expect(onRetry).toHaveBeenCalled()
  })
})

describe('InstantApply', () => {
  const { server, backend } = useMockBackend()
  beforeEach(() => clock.freeze('2026-11-23T02:00:00Z'))

  async function openForm() {
    await signInAs(backend, 'business')
    render(<InstantApply itemId='outdoor-ad-temp' />)
    await screen.findByTestId('instant-form')
  }

  it('asks only what the rules cannot find, and shows the rest as 已自动核验 with the source', async () => {
    await openForm()
    const facts = screen.getAllByTestId('verified-fact')
    expect(facts.length).toBe(4)
    expect(screen.getAllByText('已自动核验')).toHaveLength(4)
    expect(screen.getByText('来源：市场监管登记信息')).toBeInTheDocument()
    expect(screen.queryByText(/91440113MA59ABCD1R/)).toBeNull()
    expect(screen.getByTestId('field-area')).toBeInTheDocument()
    expect(screen.queryByTestId('field-creditCode')).toBeNull()
  })

  // The wall-clock budget (< 1 s) is measured in the browser by the e2e journey; jsdom on a shared machine is slower.
  it('approves valid data, with the certificate and its QR; the button is gone once sent, so one case', async () => {
    await openForm()
    type('field-area', '6')
    type('field-address', '番禺区南村镇兴南大道 368 号门前')
    fireEvent.click(screen.getByTestId('field-venueConsent'))
    fireEvent.click(screen.getByTestId('instant-submit'))
    expect(screen.queryByTestId('instant-submit')).toBeNull()
    expect(screen.getByTestId('decision-screen')).toBeInTheDocument()
    const outcome = await screen.findByTestId('decision-outcome', {}, { timeout: 4000 })
    expect(outcome.getAttribute('data-decision')).toBe('approved')
    expect(screen.getByText('秒批通过')).toBeInTheDocument()
    expect(screen.getByTestId('certificate-qr')).toBeInTheDocument()
    expect(screen.getByText(/证书编号 PYSP20261123000001/)).toBeInTheDocument()
    const cases = await backend.handle({ method: 'GET', url: '/api/cases', headers: { authorization: `Bearer ${(await import('@/shared/api')).authToken.get()}` } })
    expect((cases.body as { total: number }).total).toBe(1)
  })

  it('retrying after the answers were lost sends the same key: one decision, one case', async () => {
    await openForm()
    const keys: string[] = []
    let lose = true
    server.use(http.post('*/api/instant/:id', async ({ request, params }) => {
      const headers = Object.fromEntries(request.headers.entries())
      keys.push(headers['idempotency-key'])
      const res = await backend.handle({ method: 'POST', url: `/api/instant/${params.id as string}`, headers, body: await request.json() })
      return lose ? HttpResponse.error() : HttpResponse.json(res.body as object, { status: res.status })
    }))
    type('field-area', '6')
    type('field-address', '番禺区南村镇兴南大道 368 号门前')
    fireEvent.click(screen.getByTestId('field-venueConsent'))
    fireEvent.click(screen.getByTestId('instant-submit'))
    expect(await screen.findByTestId('error-state', {}, { timeout: 5000 })).toBeInTheDocument()
    lose = false
    fireEvent.click(screen.getByText('重试'))
    const outcome = await screen.findByTestId('decision-outcome', {}, { timeout: 4000 })
    expect(outcome.getAttribute('data-decision')).toBe('approved')
    expect(new Set(keys).size).toBe(1)
    const cases = await backend.handle({ method: 'GET', url: '/api/cases', headers: { authorization: `Bearer ${(await import('@/shared/api')).authToken.get()}` } })
    expect((cases.body as { total: number }).total).toBe(1)
  }, 12000)

  it('refuses a board outside the district with the reason; asks for a missing answer before sending', async () => {
    await openForm()
    fireEvent.click(screen.getByTestId('instant-submit'))
    expect(await screen.findByText('请填写单块面积')).toBeInTheDocument()
    expect(screen.getByText('请阅读并勾选承诺')).toBeInTheDocument()
    type('field-area', '6')
    type('field-address', '天河区天河路 385 号')
    fireEvent.click(screen.getByTestId('field-venueConsent'))
    fireEvent.click(screen.getByTestId('instant-submit'))
    expect(await screen.findByText('未通过，不予许可', {}, { timeout: 4000 })).toBeInTheDocument()
    expect(screen.getByText('设置地点“天河区天河路 385 号”不在番禺区')).toBeInTheDocument()
    // back to the form with the answers kept
    fireEvent.click(screen.getByTestId('edit-again'))
    await waitFor(() => expect(screen.getByTestId('instant-form')).toBeInTheDocument())
    expect((screen.getByTestId('field-area') as HTMLInputElement).getAttribute('value') ?? (screen.getByTestId('field-area') as HTMLInputElement).value).toBe('6')
  })

  it('tells a resident the item needs a business account', async () => {
    await signInAs(backend, 'resident')
    render(<InstantApply itemId='outdoor-ad-temp' />)
    expect(await screen.findByText('该事项需以企业身份办理，请在“我的”中切换为企业身份')).toBeInTheDocument()
    expect(screen.queryByTestId('instant-submit')).toBeNull()
  })
})

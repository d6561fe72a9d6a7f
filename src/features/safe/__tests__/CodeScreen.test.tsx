import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { DEMO_STAFF, useMockBackend, signInAs } from '../../../../test/mock-server'
import { CodeScreen } from '../index'

describe('CodeScreen', () => {
  const { backend } = useMockBackend()

  it('makes a submit code over exactly the ticked documents, and revokes it', async () => {
    const token = await signInAs(backend, 'resident')
    render(<CodeScreen purpose='submit' preselected={['lic-resident-hukou']} />)
    await waitFor(() => expect(screen.getAllByTestId('document-choice').length).toBeGreaterThan(3))
    expect(screen.getByText('已选 1 份')).toBeInTheDocument()
    fireEvent.click(screen.getByText('居民身份证'))
    fireEvent.click(screen.getByText('居民户口簿'))
    expect(screen.getByText('已选 1 份')).toBeInTheDocument()
    fireEvent.click(screen.getByTestId('code-generate'))
    expect(await screen.findByTestId('code-qr')).toBeInTheDocument()
    expect(screen.getByTestId('code-digits').textContent).toMatch(/^\d{4} \d{4}$/)
    expect(screen.getByTestId('code-scope').textContent).toBe('居民身份证')

    fireEvent.click(screen.getByTestId('code-revoke'))
    expect(await screen.findByTestId('code-veil')).toHaveTextContent('已作废')
    const res = await backend.handle({ method: 'GET', url: '/api/safe/codes', headers: { authorization: `Bearer ${token}` } })
    expect((res.body as { items: Array<{ state: string }> }).items.map((c) => c.state)).toEqual(['revoked'])
  })

  it('refreshing replaces the code: the old one is revoked', async () => {
    const token = await signInAs(backend, 'resident')
    render(<CodeScreen purpose='submit' preselected={['lic-resident-id-card']} />)
    await waitFor(() => expect(screen.getByTestId('code-generate')).toBeInTheDocument())
    fireEvent.click(screen.getByTestId('code-generate'))
    const first = (await screen.findByTestId('code-digits')).textContent
    fireEvent.click(screen.getByTestId('code-refresh'))
    await waitFor(() => expect(screen.getByTestId('code-digits').textContent).not.toBe(first))
    const res = await backend.handle({ method: 'GET', url: '/api/safe/codes', headers: { authorization: `Bearer ${token}` } })
    expect((res.body as { items: Array<{ state: string }> }).items.map((c) => c.state).sort()).toEqual(['active', 'revoked'])
  })

  it('learns that the counter has used the code and veils it', async () => {
    await signInAs(backend, 'resident')
    render(<CodeScreen purpose='submit' preselected={['lic-resident-id-card']} />)
    await waitFor(() => expect(screen.getByTestId('code-generate')).toBeInTheDocument())
    fireEvent.click(screen.getByTestId('code-generate'))
    const digits = (await screen.findByTestId('code-digits')).textContent!.replace(/\s/g, '')
    const clerk = await backend.handle({ method: 'POST', url: '/api/auth/staff-login', headers: {}, body: DEMO_STAFF })
    const clerkToken = (clerk.body as { token: string }).token
    const redeemed = await backend.handle({ method: 'POST', url: '/api/clerk/redeem', headers: { authorization: `Bearer ${clerkToken}` }, body: { code: digits } })
    expect(redeemed.status).toBe(200)
    // the screen asks about its code every few seconds
    expect(await screen.findByTestId('code-veil', {}, { timeout: 6000 })).toHaveTextContent('此码已被窗口使用')
  }, 10000)

  it('says so, with the way home, when the case a pickup code is for does not exist (a stale link)', async () => {
    await signInAs(backend, 'resident')
    render(<CodeScreen purpose='pickup' caseId='case_missing' />)
    const state = await screen.findByTestId('not-found-state')
    expect(state).toHaveTextContent('办件不存在')
    expect(screen.getByTestId('not-found-home')).toBeInTheDocument()
  })
})

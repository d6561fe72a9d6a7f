import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { useMockBackend, signInAs } from '../../../../test/mock-server'
import { UploadForm } from '../index'

jest.mock('@/shared/files/pickFile', () => ({
  pickFile: () => Promise.resolve({ name: '营业执照副本.jpg', size: 120_000, mimeType: 'image/jpeg' }),
}))

describe('UploadForm', () => {
  const { server, backend } = useMockBackend()

  it('a double tap, then a retry after the answers were lost, stores one material (one key)', async () => {
    const token = await signInAs(backend, 'resident')
    const before = await backend.handle({ method: 'GET', url: '/api/safe/documents', headers: { authorization: `Bearer ${token}` } })
    const count = (before.body as { items: unknown[] }).items.length
    const keys: string[] = []
    let lose = true
    server.use(http.post('*/api/safe/documents', async ({ request }) => {
      const headers = Object.fromEntries(request.headers.entries())
      keys.push(headers['idempotency-key'])
      const res = await backend.handle({ method: 'POST', url: '/api/safe/documents', headers, body: await request.json() })
      return lose ? HttpResponse.error() : HttpResponse.json(res.body as object, { status: res.status })
    }))
    const onDone = jest.fn()
    render(<UploadForm onDone={onDone} />)
    fireEvent.click(screen.getByTestId('pick-file'))
    await waitFor(() => expect(screen.getByText(/营业执照副本\.jpg/)).toBeInTheDocument())
    fireEvent.click(screen.getByTestId('material-type-proof'))
    fireEvent.click(screen.getByTestId('upload-submit'))
    fireEvent.click(screen.getByTestId('upload-submit'))
    await waitFor(() => expect(keys.length).toBe(3), { timeout: 5000 }) // one send and the client's two retries, not two sends
    await waitFor(() => expect(screen.getByTestId('upload-submit')).not.toHaveClass('ui-button--disabled'))
    expect(onDone).not.toHaveBeenCalled()
    lose = false
    fireEvent.click(screen.getByTestId('upload-submit'))
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1), { timeout: 5000 })
    expect(new Set(keys).size).toBe(1)
    const after = await backend.handle({ method: 'GET', url: '/api/safe/documents', headers: { authorization: `Bearer ${token}` } })
    expect((after.body as { items: unknown[] }).items.length).toBe(count + 1)
  }, 12000)
})

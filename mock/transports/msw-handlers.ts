import { http, HttpResponse } from 'msw'
import type { Backend } from '../http'

/** msw handlers that pass every /api/ request to the backend's routes. */
export function mswHandlers(backend: Backend) {
  return [
    http.all(/\/api\//, async ({ request }) => {
      const url = new URL(request.url)
      const headers: Record<string, string> = {}
      request.headers.forEach((value, key) => { headers[key] = value })
      const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text()
      const res = await backend.handle({ method: request.method, url: url.pathname + url.search, headers, body: text || undefined })
      if (res.networkError) return HttpResponse.error()
      // Not HttpResponse.json: it sizes the body through a Blob for Content-Length, a copy of every response on the page's thread.
      return new HttpResponse(JSON.stringify(res.body), { status: res.status, headers: res.headers })
    }),
  ]
}

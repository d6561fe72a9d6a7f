import { FetchInterceptor } from '@mswjs/interceptors/fetch'
import { getResponse, type RequestHandler } from 'msw'

/**
 * The H5 mock without a service worker (WeChat's in-app browser on iOS, private
 * modes, a worker that fails to register): the page's own fetch is patched and
 * the same msw handlers answer /api/ in the page. Taro's H5 request calls the
 * global fetch at request time, so it goes through here too.
 */
export function interceptInPage(handlers: RequestHandler[]): () => void {
  const interceptor = new FetchInterceptor()
  interceptor.on('request', async ({ request, controller }) => {
    const response = await getResponse(handlers, request)
    if (response) controller.respondWith(response)
  })
  interceptor.apply()
  return () => interceptor.dispose()
}

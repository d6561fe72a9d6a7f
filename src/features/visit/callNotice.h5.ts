import type { CallNotice } from './callNotice.d'

/** H5 has no service notices: the ticket screen updates itself and vibrates where the browser can. */
export async function askCallNotice(): Promise<CallNotice> {
  return 'in-app'
}

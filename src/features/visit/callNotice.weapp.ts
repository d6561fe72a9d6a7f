import { askSubscribe } from '@/shared/subscribe'
import type { CallNotice } from './callNotice.d'

/** The 叫号提醒 subscribe-message template registered in WeChat's console (订阅消息), per deployment in .env; empty = not set up. */
const CALL_TEMPLATE_ID = process.env.TARO_APP_TPL_TICKET_CALL || ''

export async function askCallNotice(): Promise<CallNotice> {
  const answer = await askSubscribe(CALL_TEMPLATE_ID)
  return answer === 'accept' ? 'on' : answer === 'reject' ? 'denied' : answer
}

import Taro from '@tarojs/taro'

/** accept / reject: the user's answer; unconfigured: no template id in this build; failed: WeChat refused or errored. */
export type SubscribeAnswer = 'accept' | 'reject' | 'unconfigured' | 'failed'

/**
 * Asks for one weapp subscribe-message template (订阅消息, its id from .env `TARO_APP_TPL_*`). An empty id means the
 * reminder is not set up, and WeChat is not asked at all. wx.requestSubscribeMessage answers per template: 'accept',
 * 'reject' (the user said no), 'ban' (WeChat blocked the template) or 'filter' (filtered as a duplicate title); a wrong
 * id or a switched-off setting fails the call. Only accept and reject are the user's answers. weapp only.
 */
export async function askSubscribe(templateId: string): Promise<SubscribeAnswer> {
  if (!templateId) return 'unconfigured'
  let answer: string | undefined
  try {
    const res = await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] } as never)
    answer = (res as unknown as Record<string, string>)[templateId]
  } catch {
    return 'failed'
  }
  return answer === 'accept' || answer === 'reject' ? answer : 'failed'
}

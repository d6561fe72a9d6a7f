import Taro from '@tarojs/taro'

/**
 * The user's answer to one WeChat subscribe-message template (订阅消息), told apart from a build that has none:
 * accept / reject are the user's; unconfigured: no template id in this build (WeChat is not asked);
 * failed: WeChat banned or filtered the template, or the call failed (wrong id, switched off). weapp only:
 * call it from a tap (WeChat asks only inside one).
 */
export type SubscribeAnswer = 'accept' | 'reject' | 'unconfigured' | 'failed'

export async function askSubscribe(templateId: string): Promise<SubscribeAnswer> {
  if (!templateId) return 'unconfigured'
  try {
    const res = await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] } as never)
    const answer = (res as unknown as Record<string, string>)[templateId]
    return answer === 'accept' || answer === 'reject' ? answer : 'failed'
  } catch {
    return 'failed'
  }
}

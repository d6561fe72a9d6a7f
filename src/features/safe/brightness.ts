import Taro from '@tarojs/taro'

/**
 * Brighten the screen while a code is shown, where the platform allows
 * (the mini-program; browsers cannot), and put it back afterwards.
 */
export async function brighten(): Promise<() => void> {
  if (process.env.TARO_ENV !== 'weapp') return () => undefined
  try {
    const { value } = await Taro.getScreenBrightness()
    await Taro.setScreenBrightness({ value: 1 })
    Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined)
    return () => {
      Taro.setScreenBrightness({ value }).catch(() => undefined)
      Taro.setKeepScreenOn({ keepScreenOn: false }).catch(() => undefined)
    }
  } catch {
    return () => undefined
  }
}

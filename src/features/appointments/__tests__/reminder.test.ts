import Taro from '@tarojs/taro'
import type { Appointment } from '@/contract'
import { appointmentsApi } from '../api'
import { canDownloadFiles, offerReminder, reminderText } from '../reminder.h5'

jest.mock('../api', () => ({ appointmentsApi: { reminder: jest.fn(async () => ({})) } }))

const WECHAT_IOS = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800322c) NetType/WIFI Language/zh_CN'
const ANDROID_WEBVIEW = 'Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0 Mobile Safari/537.36'
const CHROME = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36'

const appointment = {
  id: 'appt-1',
  itemName: '居民身份证换领',
  hallName: '番禺区政务服务中心',
  hallAddress: '番禺区市桥街清河东路319号',
  start: '2026-12-01T02:00:00.000Z',
  end: '2026-12-01T02:30:00.000Z',
} as Appointment

describe('H5 calendar reminder', () => {
  it('tells web views that drop downloads from browsers that keep them', () => {
    expect(canDownloadFiles(WECHAT_IOS)).toBe(false)
    expect(canDownloadFiles(ANDROID_WEBVIEW)).toBe(false)
    expect(canDownloadFiles(CHROME)).toBe(true)
  })

  it('in WeChat copies the item, time and place instead of downloading an .ics', async () => {
    const ua = jest.spyOn(window.navigator, 'userAgent', 'get').mockReturnValue(WECHAT_IOS)
    const copy = jest.spyOn(Taro, 'setClipboardData').mockImplementation(async () => ({ errMsg: 'setClipboardData:ok', data: '' }))
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click')
    await expect(offerReminder(appointment)).resolves.toBe('copied')
    const text = copy.mock.calls[0][0].data
    expect(text).toBe(reminderText(appointment))
    expect(text).toContain('居民身份证换领')
    expect(text).toContain('番禺区市桥街清河东路319号')
    expect(text).toMatch(/10:00-10:30/)
    expect(click).not.toHaveBeenCalled()
    expect(appointmentsApi.reminder).toHaveBeenCalledWith('appt-1', { channel: 'calendar', accepted: true })
    ua.mockRestore()
  })
})

/**
 * The weapp twin of the call notice, loaded with a given .env template id (read when the module loads, as a build
 * does), and the Taro it calls, with requestSubscribeMessage answering as given.
 */
function load(templateId: string, answer?: () => Promise<unknown>) {
  process.env.TARO_APP_TPL_TICKET_CALL = templateId
  jest.resetModules()
  const Taro = require('@tarojs/taro').default
  const ask = jest.fn(answer ?? (() => Promise.reject(new Error('not expected'))))
  Taro.requestSubscribeMessage = ask
  const { askCallNotice } = require('../callNotice.weapp') as typeof import('../callNotice.weapp')
  return { askCallNotice, ask }
}

describe('the ticket call on weapp (subscribe message)', () => {
  afterEach(() => {
    delete process.env.TARO_APP_TPL_TICKET_CALL
  })

  it('says the notice is not set up when the build has no template id, without asking WeChat', async () => {
    const { askCallNotice, ask } = load('')
    await expect(askCallNotice()).resolves.toBe('unconfigured')
    expect(ask).not.toHaveBeenCalled()
  })

  it.each([
    ['accept', 'on'],
    ['reject', 'denied'],
    ['ban', 'failed'],
  ])('asks for the call template and tells the answer %s as %s', async (answer, result) => {
    const { askCallNotice, ask } = load('tpl-call', () => Promise.resolve({ 'tpl-call': answer, errMsg: 'requestSubscribeMessage:ok' }))
    await expect(askCallNotice()).resolves.toBe(result)
    expect(ask).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['tpl-call'] }))
  })

  it('tells a failed call (wrong id, switched off) apart from a refusal', async () => {
    const { askCallNotice } = load('tpl-call', () => Promise.reject({ errMsg: 'requestSubscribeMessage:fail', errCode: 20001 }))
    await expect(askCallNotice()).resolves.toBe('failed')
  })
})

describe('the ticket call on H5', () => {
  it('is told in the app', async () => {
    const { askCallNotice } = require('../callNotice.h5') as typeof import('../callNotice.h5')
    await expect(askCallNotice()).resolves.toBe('in-app')
  })
})

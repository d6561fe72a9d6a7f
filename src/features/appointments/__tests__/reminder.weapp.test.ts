import type { Appointment } from '@/contract'

const mockReminder = jest.fn((..._args: unknown[]) => Promise.resolve({}))
jest.mock('../api', () => ({ appointmentsApi: { reminder: (...args: unknown[]) => mockReminder(...args) } }))

const appointment = { id: 'a1' } as Appointment

/**
 * The weapp twin, loaded with a given .env template id (read when the module loads, as a build does), and the
 * Taro it calls, with requestSubscribeMessage answering as given.
 */
function load(templateId: string, answer?: () => Promise<unknown>) {
  process.env.TARO_APP_TPL_APPOINTMENT_REMINDER = templateId
  jest.resetModules()
  const Taro = require('@tarojs/taro').default
  const ask = jest.fn(answer ?? (() => Promise.reject(new Error('not expected'))))
  Taro.requestSubscribeMessage = ask
  const { offerReminder } = require('../reminder.weapp') as typeof import('../reminder.weapp')
  return { offerReminder, ask }
}

describe('appointment reminders on weapp (subscribe messages)', () => {
  beforeEach(() => mockReminder.mockClear())
  afterEach(() => {
    delete process.env.TARO_APP_TPL_APPOINTMENT_REMINDER
  })

  it('says reminders are not set up when the build has no template id, without asking WeChat', async () => {
    const { offerReminder, ask } = load('')
    await expect(offerReminder(appointment)).resolves.toBe('unconfigured')
    expect(ask).not.toHaveBeenCalled()
    expect(mockReminder).not.toHaveBeenCalled()
  })

  it.each([
    ['accept', 'on', ['tpl-123'], true],
    ['reject', 'denied', [], false],
  ])('records the user’s answer (%s)', async (answer, result, templateIds, accepted) => {
    const { offerReminder, ask } = load('tpl-123', () => Promise.resolve({ 'tpl-123': answer, errMsg: 'requestSubscribeMessage:ok' }))
    await expect(offerReminder(appointment)).resolves.toBe(result)
    expect(ask).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['tpl-123'] }))
    expect(mockReminder).toHaveBeenCalledWith('a1', { channel: 'subscribe-message', templateIds, accepted })
  })

  it.each([
    ['WeChat bans the template', () => Promise.resolve({ 'tpl-123': 'ban', errMsg: 'requestSubscribeMessage:ok' })],
    ['the call fails (wrong id, switched off)', () => Promise.reject({ errMsg: 'requestSubscribeMessage:fail', errCode: 20001 })],
  ])('tells a failure apart from a refusal when %s, and records nothing', async (_case, answer) => {
    const { offerReminder } = load('tpl-123', answer)
    await expect(offerReminder(appointment)).resolves.toBe('failed')
    expect(mockReminder).not.toHaveBeenCalled()
  })
})

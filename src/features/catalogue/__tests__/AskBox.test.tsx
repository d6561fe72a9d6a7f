import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useMockBackend } from '../../../../test/mock-server'
import { AskBox } from '../index'

// the first question builds the mock's search index: slow on a busy machine
const SLOW = { timeout: 15000 }

function type(testId: string, value: string) {
  act(() => { fireEvent(screen.getByTestId(testId), new CustomEvent('input', { detail: { value } })) })
}

describe('问一问', () => {
  useMockBackend()
  afterEach(() => jest.restoreAllMocks())

  jest.setTimeout(30000)

  it('answers 要带什么 on an item with its materials, with buttons to apply and book', async () => {
    render(<AskBox itemId='residence-permit' />)
    fireEvent.click(screen.getByText('要带什么'))
    const answer = await screen.findByTestId('ask-answer', {}, SLOW)
    expect(answer).toHaveTextContent('办理居住证申领需要准备')
    expect(answer).toHaveTextContent('居住证明（租赁合同或房产证明）')
    expect(screen.getByTestId('ask-action-apply')).toBeInTheDocument()
    expect(screen.getByTestId('ask-action-book')).toBeInTheDocument()
  })

  it('offers 办不成事 feedback, question filled in, when the guide has no answer', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    render(<AskBox itemId='elder-card' />)
    type('ask-input', '窗口几点吃午饭')
    fireEvent.click(screen.getByTestId('ask-send'))
    fireEvent.click(await screen.findByTestId('ask-feedback', {}, SLOW))
    expect(navigate).toHaveBeenCalledWith({ url: `/subpackages/cases/feedback/index?text=${encodeURIComponent('窗口几点吃午饭')}` })
  })

  it('finds what the question is about on the search screen', async () => {
    render(<AskBox />)
    type('ask-input', '生孩子要带什么')
    fireEvent.click(screen.getByTestId('ask-send'))
    const answer = await screen.findByTestId('ask-answer', {}, SLOW)
    expect(answer).toHaveTextContent('关于：新生儿出生一件事')
    expect(screen.getByTestId('ask-action-bundle')).toBeInTheDocument()
  })
})

describe('问一问 quick questions', () => {
  it('each chip, in both languages, asks the topic it names (the mock answers it, not "no answer")', () => {
    const { ask } = jest.requireActual('../../../../mock/search/ask') as typeof import('../../../../mock/search/ask')
    const { zh } = jest.requireActual('../strings.zh') as typeof import('../strings.zh')
    const { en } = jest.requireActual('../strings.en') as typeof import('../strings.en')
    const topics = ['materials', 'fee', 'time', 'online', 'proxy', 'where'] as const
    for (const topic of topics) {
      const key = `ask.quick.${topic}` as const
      expect([topic, ask(zh[key], { itemId: 'residence-permit' }, new Date(), 'zh').topic]).toEqual([topic, topic])
      expect([topic, ask(en[key], { itemId: 'residence-permit' }, new Date(), 'en').topic]).toEqual([topic, topic])
    }
  })
})

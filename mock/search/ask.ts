import type { AskAction, AskAnswer, AskTopic, Bundle, ItemMaterial, ServiceItem } from '../../src/contract'
import { BUNDLES } from '../bundles/data'
import { itemById } from '../catalogue/items'
import { listHalls } from '../halls/domain'
import { search } from './domain'
import { bundleAnswerEn, itemAnswerEn, nameEn, NOT_ANSWERED_EN, TOPIC_WORDS_EN } from './ask-en'

export type AskLang = 'zh' | 'en'

/**
 * 问一问: a question about an item or a 一件事, answered from its guide's
 * fields by rules. The topic comes from the question's words; the subject
 * from the page it was asked on, or else from search over the question.
 */
const TOPICS: Array<{ topic: AskTopic; words: RegExp }> = [
  { topic: 'materials', words: /带什么|带啥|材料|资料|要什么|需要什么|准备什么|准备啥|提交什么|交什么|什么证件|证件/ },
  { topic: 'fee', words: /多少钱|收费|费用|要钱|花钱|免费|交钱|几块钱|工本费/ },
  { topic: 'time', words: /多久|多长时间|几天|几个工作日|时限|多快|什么时候(?:能|可以)?(?:拿|好|办好|出)|当天|马上/ },
  { topic: 'proxy', words: /代办|代领|代理|委托|别人|家人|亲属|替我|帮我办|帮忙办|本人不|本人到场|本人去/ },
  { topic: 'online', words: /网上|线上|在线|手机上|手机办|不用跑|不跑|网办|远程/ },
  { topic: 'where', words: /哪里|哪儿|在哪|去哪|地址|地点|哪个大厅|哪个窗口|窗口在/ },
  { topic: 'booking', words: /预约|排队|取号|排号|约时间/ },
  { topic: 'conditions', words: /条件|能不能办|可以办吗|符合|资格|谁可以|够不够/ },
]

/** Question words dropped before looking for the subject: 办居住证要带什么 → 居住证. */
const ASKING = /要带什么|带什么|带啥|需要什么|要什么|准备什么|材料|资料|多少钱|收费吗?|费用|多久|多长时间|几天|能不能|可以|可不可以|在哪里|在哪儿|在哪|去哪里|去哪|怎么|如何|网上|线上|在线|手机上|代办|委托|别人|家人|预约|条件|吗|呢|啊|呀|？|\?/g

/** Items that need the applicant in person: photos and fingerprints are taken, or both parties sign. */
const IN_PERSON = /结婚|离婚|居民身份证|临时身份证|驾驶证|指纹/

export function topicOf(question: string): AskTopic | undefined {
  return [...TOPICS, ...TOPIC_WORDS_EN].find((t) => t.words.test(question))?.topic
}

const dayText = (days: number) => (days === 0 ? '即办，材料齐全当场办结' : `承诺 ${days} 个工作日内办结`)

function materialLine(m: ItemMaterial): string {
  const notes = [
    m.licenceType && '可从数字保险箱调取电子证照，免交纸质',
    m.deferrable && '可容缺受理，后补',
    m.commitmentAllowed && '可告知承诺代替',
  ].filter(Boolean)
  const copies = m.copies && m.copies > 1 ? ` ${m.copies} 份` : ''
  return `${m.name}${copies}${notes.length ? `（${notes.join('；')}）` : ''}`
}

function itemActions(item: ServiceItem): AskAction[] {
  const actions: AskAction[] = []
  if (item.online) actions.push({ kind: 'apply', itemId: item.id, instant: item.instant })
  if (item.bookable) actions.push({ kind: 'book', itemId: item.id })
  return actions
}

function proxyAnswer(name: string, target: ServiceItem['target'] | Bundle['target']): { text: string; points: string[] } {
  if (IN_PERSON.test(name)) return { text: `${name}需要本人到场（要现场拍照、采集指纹或当面签字），不能由他人代办。`, points: [] }
  if (target === 'business') return { text: `${name}可以由单位的经办人办理，不必法定代表人本人到场。`, points: ['授权委托书（法定代表人签字并加盖公章）', '经办人居民身份证'] }
  return { text: `${name}可以委托他人代办。`, points: ['授权委托书（申请人签字）', '申请人居民身份证（或其电子证照）', '代办人居民身份证'] }
}

function hallPoints(itemId: string | undefined, now: Date): string[] {
  const halls = listHalls(now, { itemId }).filter((h) => h.kind !== 'kiosk')
  return halls.slice(0, 3).map((h) => `${h.name}：${h.address}（${h.hoursText}）`)
}

export function answerForItem(question: string, topic: AskTopic, item: ServiceItem, now: Date, lang: AskLang = 'zh'): AskAnswer {
  const base = { question, answered: true, topic, subject: { kind: 'item' as const, id: item.id, name: item.name }, actions: itemActions(item) }
  if (lang === 'en') return { ...base, subject: { ...base.subject, name: nameEn(item) }, ...itemAnswerEn(topic, item, topic === 'where' ? hallPoints(item.id, now) : []) }
  switch (topic) {
    case 'materials':
      return { ...base, text: item.noCertificate ? `办理${item.name}需要以下材料，都可以从数字保险箱调取，不用带纸质件：` : `办理${item.name}需要准备：`, points: item.materials.map(materialLine) }
    case 'fee':
      return { ...base, text: `${item.name}：${item.fee}。`, points: [] }
    case 'time':
      return { ...base, text: item.instant ? `${item.name}可以秒批：符合条件的，提交后几秒内出结果；不符合秒批条件的转人工，${dayText(item.timeLimitDays)}。` : `${item.name}${dayText(item.timeLimitDays)}。`, points: [] }
    case 'online':
      return { ...base, text: item.online ? `${item.name}可以网上办：在本 App 在线申请，材料从数字保险箱调取，不用跑大厅。` : `${item.name}需要到大厅办理，可以先在本 App 预约时段，到场不用排队取号。`, points: [] }
    case 'proxy':
      return { ...base, ...proxyAnswer(item.name, item.target) }
    case 'where': {
      const points = hallPoints(item.id, now)
      return { ...base, text: points.length ? `${item.name}可以到这些大厅办理${item.online ? '，也可以网上办' : ''}：` : `${item.name}请到番禺区政务服务中心办理。`, points }
    }
    case 'booking':
      return { ...base, text: item.bookable ? `${item.name}可以预约：选大厅和时段，到场出示预约码即可。` : `${item.name}不需要预约：${item.online ? '网上直接申请' : '到大厅取号办理'}。`, points: [] }
    case 'conditions':
      return { ...base, text: `申请${item.name}需要符合：`, points: item.conditions }
  }
}

export function answerForBundle(question: string, topic: AskTopic, bundle: Bundle, now: Date, lang: AskLang = 'zh'): AskAnswer {
  const items = bundle.items.map((rule) => itemById(rule.itemId)).filter((i): i is ServiceItem => !!i)
  const base = { question, answered: true, topic, subject: { kind: 'bundle' as const, id: bundle.id, name: bundle.name }, actions: [{ kind: 'bundle' as const, bundleId: bundle.id }] }
  if (lang === 'en') {
    const seen = new Map<string, ItemMaterial>()
    for (const item of items) for (const m of item.materials) if (!seen.has(m.id)) seen.set(m.id, m)
    return { ...base, subject: { ...base.subject, name: nameEn(bundle) }, ...bundleAnswerEn(topic, bundle, items, [...seen.values()], topic === 'where' ? hallPoints(undefined, now).slice(0, 3) : []) }
  }
  switch (topic) {
    case 'materials': {
      const seen = new Map<string, ItemMaterial>()
      for (const item of items) for (const m of item.materials) if (!seen.has(m.id)) seen.set(m.id, m)
      return { ...base, text: `${bundle.name}一次提交，相同的材料只交一次；按您的情形最多需要：`, points: [...seen.values()].map(materialLine) }
    }
    case 'fee': {
      const fees = [...new Set(items.map((i) => i.fee))]
      return { ...base, text: fees.length === 1 ? `${bundle.name}：${fees[0]}。` : `${bundle.name}各事项收费：`, points: fees.length === 1 ? [] : items.map((i) => `${i.name}：${i.fee}`) }
    }
    case 'time':
      return { ...base, text: `${bundle.name}承诺 ${bundle.promisedDays} 个工作日内全部办结，跑动 ${bundle.trips} 次。`, points: [] }
    case 'online':
      return { ...base, text: `${bundle.name}可以网上一次申请，${bundle.trips === 0 ? '不用跑大厅' : `最多跑 ${bundle.trips} 次`}。`, points: [] }
    case 'proxy':
      return { ...base, ...proxyAnswer(bundle.name, bundle.target) }
    case 'where':
      return { ...base, text: `${bundle.name}可以网上办，也可以到这些大厅的综合窗口办理：`, points: hallPoints(undefined, now).slice(0, 3) }
    case 'booking':
      return { ...base, text: `${bundle.name}网上申请不需要预约；要到现场的，可预约番禺区政务服务中心综合窗口。`, points: [] }
    case 'conditions':
      return { ...base, text: `${bundle.name}会先问几个问题，按您的情形决定要办哪些事项：`, points: bundle.questions.map((q) => q.text) }
  }
}

/** The answer to a question asked on an item's or a bundle's page, or in the search box (subject found by search). */
export function ask(question: string, context: { itemId?: string; bundleId?: string }, now: Date, lang: AskLang = 'zh'): AskAnswer {
  const q = question.trim()
  const topic = topicOf(q)
  let item = context.itemId ? itemById(context.itemId) : undefined
  let bundle = context.bundleId ? BUNDLES.find((b) => b.id === context.bundleId) : undefined
  if (!item && !bundle) {
    const words = q.replace(ASKING, '').trim()
    const hit = words ? search(words).hits.find((h) => h.kind === 'bundle' || h.kind === 'item') : undefined
    if (hit?.kind === 'bundle') bundle = BUNDLES.find((b) => b.id === hit.id)
    else if (hit) item = itemById(hit.id)
  }
  if (!topic || (!item && !bundle)) {
    const subject = item ? { kind: 'item' as const, id: item.id, name: item.name } : bundle ? { kind: 'bundle' as const, id: bundle.id, name: bundle.name } : undefined
    return { question: q, answered: false, subject, text: lang === 'en' ? NOT_ANSWERED_EN : '这个问题办事指南里没有答案。可以把它反映给我们（办不成事反映），工作人员会联系您。', points: [], actions: [] }
  }
  return item ? answerForItem(q, topic, item, now, lang) : answerForBundle(q, topic, bundle!, now, lang)
}

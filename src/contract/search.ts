import type { PageQuery } from './common'
import type { ServiceItem } from './catalogue'

export type SearchKind = 'bundle' | 'item' | 'policy' | 'hall'

/** One answer of GET /api/search: what it is, and in plain words why it was found. */
export interface SearchHit {
  kind: SearchKind
  id: string
  name: string
  /** English name where the data has one (bundles, real items) */
  nameEn?: string
  /** e.g. 生孩子 → 新生儿出生一件事; 名称含“排水”; 拼音 psxk */
  why: string
  /** a line under the name: the department, the bundle's summary, the hall's address */
  desc?: string
  /** kind 'item': the item itself, for its tags (秒批, 可预约, 全程网办 …) */
  item?: ServiceItem
}

/** A thing the district does not handle: who does it and where, instead of "nothing found". */
export interface SearchElsewhere {
  /** what the person typed that it answers */
  phrase: string
  answer: string
  hallId?: string
  hallName?: string
}

export interface SearchQuery extends PageQuery {
  q: string
}

export interface SearchResponse {
  items: SearchHit[]
  total: number
  page: number
  pageSize: number
  /** set when the words name something done elsewhere (e.g. 办护照) */
  elsewhere?: SearchElsewhere
  /** set when nothing matched as typed and a close word did (one wrong or missing character): the word searched instead */
  corrected?: string
}

/** GET /api/search/misses: queries that found nothing, most frequent first (for the vocabulary's owners). */
export interface SearchMiss {
  q: string
  count: number
  lastAt: string
}

/** What 问一问 can answer from an item's guide. */
export type AskTopic = 'materials' | 'fee' | 'time' | 'where' | 'online' | 'proxy' | 'conditions' | 'booking'

/** A button under an answer: book a visit, apply online, open the 一件事 or the item. */
export interface AskAction {
  kind: 'book' | 'apply' | 'bundle' | 'item'
  itemId?: string
  bundleId?: string
  /** apply goes to the instant-approval form */
  instant?: boolean
}

/** GET /api/search/ask?q=&itemId=&bundleId=: 问一问, answered from the guides' fields by rules (no outside service). */
export interface AskAnswer {
  question: string
  /** false: nothing in the guides answers it (the app offers 办不成事 feedback with the question filled in) */
  answered: boolean
  topic?: AskTopic
  /** the item or bundle the answer is about */
  subject?: { kind: 'item' | 'bundle'; id: string; name: string }
  /** the answer in one or two sentences */
  text: string
  /** lines under it: materials, halls, conditions */
  points: string[]
  actions: AskAction[]
}

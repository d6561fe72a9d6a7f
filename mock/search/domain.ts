import type { SearchElsewhere, SearchHit, SearchKind } from '../../src/contract'
import { BUNDLES } from '../bundles/data'
import { REAL_ITEMS, catalogue, itemById } from '../catalogue/items'
import { DEPARTMENTS } from '../catalogue/departments'
import { POLICY_SEEDS } from '../policies/data'
import { hallSeeds } from '../halls/data'
import { PINYIN } from '../catalogue/pinyin.generated'
import { rankItems, searchableItem } from '../catalogue/domain'
import { hasChinese, searchKey, vocabulary, type ElsewhereEntry, type Phrase } from './vocabulary'

/**
 * One search over bundles, items, policies and halls (GET /api/search).
 *
 * Order of evidence, strongest first: a 说法 from the vocabulary (生孩子 →
 * 新生儿出生一件事), then the names themselves (a bundle above items of the
 * same strength: people search for their event), then a close word when
 * nothing matched as typed (one wrong or missing character).
 */

/** Why a hit was found; turned into words only for the page that is shown. */
type Via =
  | { type: 'phrase'; word: string; target: string }
  | { type: 'fuzzyPhrase'; typed: string; word: string; target: string }
  | { type: 'name'; term: string }
  | { type: 'keyword'; keyword: string }
  | { type: 'pinyin'; term: string }
  | { type: 'english'; term: string }
  | { type: 'department'; department: string }
  | { type: 'summary'; term: string }
  | { type: 'elsewhere'; word: string }
  | { type: 'inBundle'; bundle: string }

export interface RankedHit {
  kind: SearchKind
  id: string
  score: number
  via: Via
}

export interface SearchResult {
  hits: RankedHit[]
  elsewhere?: SearchElsewhere
  corrected?: string
}

// Tiers: every vocabulary answer above every direct match; a bundle above items of the same strength.
const TIER = { phraseExact: 10_000, phraseLoose: 9_000, phraseFuzzy: 8_000, direct: 0 }
const BUNDLE_BOOST = 20
/** a match on the words as typed (a name or a keyword holds them); below it, a correction is tried */
const STRONG = 70
/** a bundle's own items, shown under a bundle the vocabulary named: between an item named in part (80) and a keyword (70) */
const IN_BUNDLE = 75
const LATIN = /^[a-z0-9 ]+$/

interface Entry { key: string; word: string }

let phraseIndex: Array<{ phrase: Phrase; entries: Entry[] }> | null = null
let elsewhereIndex: Array<{ entry: ElsewhereEntry; entries: Entry[] }> | null = null

function indexes() {
  if (!phraseIndex || !elsewhereIndex) {
    const { phrases, elsewhere } = vocabulary()
    const entriesOf = (words: string[]) => words.map((word) => ({ word, key: searchKey(word) }))
    phraseIndex = phrases.map((phrase) => ({ phrase, entries: entriesOf(phrase.words) }))
    elsewhereIndex = elsewhere.map((entry) => ({ entry, entries: entriesOf(entry.words) }))
  }
  return { phraseIndex, elsewhereIndex: elsewhereIndex }
}

/** Edit distance of two short strings, stopping early past 1 (all the tolerance asks for). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue }
    if (++edits > 1) return false
    if (a.length > b.length) i++
    else if (b.length > a.length) j++
    else { i++; j++ }
  }
  return edits + (a.length - i) + (b.length - j) <= 1
}

/** Fewest edits turning `query` into some part of `text` (Sellers): 加装电悌 is 1 from 既有住宅加装电梯. */
function substringDistance(query: string, text: string): number {
  let prev = new Array<number>(text.length + 1).fill(0)
  for (let i = 1; i <= query.length; i++) {
    const row = new Array<number>(text.length + 1)
    row[0] = i
    for (let j = 1; j <= text.length; j++) {
      row[j] = Math.min(prev[j - 1] + (query[i - 1] === text[j - 1] ? 0 : 1), prev[j] + 1, row[j - 1] + 1)
    }
    prev = row
  }
  return Math.min(...prev)
}

type Strength = 'exact' | 'loose' | 'gapped' | 'fuzzy'

interface Match<T> { hit: T; word: string; strength: Strength }

/** 开一家药店 says 开药店: the 说法's characters in order, with at most two others between them. */
function saidWithGaps(sentence: string, word: string): boolean {
  if (word.length < 3) return false
  let from = sentence.indexOf(word[0])
  while (from >= 0) {
    let at = from
    let gaps = 0
    let ok = true
    for (let i = 1; i < word.length && ok; i++) {
      const next = sentence.indexOf(word[i], at + 1)
      if (next < 0) ok = false
      else { gaps += next - at - 1; at = next }
    }
    if (ok && gaps <= 2) return true
    from = sentence.indexOf(word[0], from + 1)
  }
  return false
}

/**
 * The vocabulary lines a query says, best first: said exactly; else said
 * inside a longer sentence (up to three lines, longest first: 小孩出生证明
 * says 小孩出生 and 出生证) or typed in pinyin; else said with a word or two
 * in between; else one character off.
 */
function matchEntries<T>(key: string, index: Array<{ entries: Entry[] } & T>): Array<Match<T>> {
  const latin = LATIN.test(key)
  const compact = key.replace(/ /g, '')
  const loose: Array<Match<T> & { length: number }> = []
  let gapped: (Match<T> & { length: number }) | undefined
  let fuzzy: Match<T> | undefined
  for (const line of index) {
    let inLine: (Match<T> & { length: number }) | undefined
    for (const e of line.entries) {
      if (e.key === key) return [{ hit: line, word: e.word, strength: 'exact' }]
      const inside = e.key.length >= 2 && (latin ? ` ${key} `.includes(` ${e.key} `) : key.includes(e.key))
      if (inside && (!inLine || e.key.length > inLine.length)) inLine = { hit: line, word: e.word, strength: 'loose', length: e.key.length }
      if (latin && hasChinese(e.word)) {
        const [initials, full] = PINYIN[e.word] ?? ['', '']
        if (compact === full || (compact.length >= 3 && compact === initials)) inLine = { hit: line, word: e.word, strength: 'loose', length: compact.length }
      }
      if (!latin && !inside && (!gapped || e.key.length > gapped.length) && saidWithGaps(key, e.key)) gapped = { hit: line, word: e.word, strength: 'gapped', length: e.key.length }
      if (!fuzzy && !latin && key.length >= 3 && e.key.length >= 3 && withinOneEdit(key, e.key)) fuzzy = { hit: line, word: e.word, strength: 'fuzzy' }
    }
    if (inLine) loose.push(inLine)
  }
  if (loose.length) return loose.sort((a, b) => b.length - a.length).slice(0, 3)
  if (gapped) return [gapped]
  return fuzzy ? [fuzzy] : []
}

const bundleByName = new Map(BUNDLES.map((b) => [b.name, b]))
const realItemNames = new Map(REAL_ITEMS.map((r) => [r.name, r.id]))
const policyByTitle = new Map(POLICY_SEEDS.map((p) => [p.title, p]))

class Hits {
  private all = new Map<string, RankedHit>()
  add(kind: SearchKind, id: string, score: number, via: Via) {
    const key = `${kind}:${id}`
    const had = this.all.get(key)
    if (!had || had.score < score) this.all.set(key, { kind, id, score, via })
  }
  /** the best score so far (-1: nothing) */
  best(): number {
    let top = -1
    for (const hit of this.all.values()) top = Math.max(top, hit.score)
    return top
  }
  sorted(): RankedHit[] {
    return [...this.all.values()].sort((a, b) => b.score - a.score)
  }
}

/** English words of a text, for "birth" to find "Birth certificate …". */
const englishWords = (text: string | undefined) => (text ? text.toLowerCase().split(/[^a-z]+/).filter(Boolean) : [])

/** The words of an English query worth matching: three letters or more, or "id"; American "license" reads as "licence". */
const englishTokens = (key: string) => key.split(' ').filter((t) => t.length >= 3 || t === 'id').map((t) => t.replace(/^licens/, 'licenc'))

const wordHit = (t: string, w: string) => w.startsWith(t) || (t.length > 4 && w.length >= 4 && t.startsWith(w))

/** How much of a name the query's words cover (0 = they do not all match; 1 = every word of the name). Plain loops: it runs over every item. */
function englishFit(tokens: string[], text: string | string[] | undefined): number {
  if (!tokens.length || !text) return 0
  const words = typeof text === 'string' ? englishWords(text) : text
  for (const t of tokens) if (!words.some((w) => wordHit(t, w))) return 0
  let covered = 0
  for (const w of words) if (tokens.some((t) => wordHit(t, w))) covered++
  return covered / words.length
}

const englishMatch = (tokens: string[], text: string | undefined) => englishFit(tokens, text) > 0

let itemWordsEn: Array<{ id: string; words: string[] }> | null = null
/** every item's English name as words, split once (the catalogue never changes at run time) */
const itemsInEnglish = () => (itemWordsEn ??= catalogue().map((item) => ({ id: item.id, words: englishWords(item.nameEn) })))

/** Bundles, items, policies and halls whose own names match `term` (no vocabulary): `base` is added to every score. */
function direct(term: string, hits: Hits, base: number, via?: (v: Via) => Via) {
  const key = searchKey(term)
  if (!key) return
  const latin = LATIN.test(key)
  const compact = key.replace(/ /g, '')
  const tokens = latin ? englishTokens(key) : []
  const tag = via ?? ((v: Via) => v)
  for (const bundle of BUNDLES) {
    const name = bundle.name
    const bare = name.replace(/一件事$/, '')
    let score = -1
    let why: Via = { type: 'name', term }
    if (!latin) {
      if (key === name || key === bare) score = 100
      else if (name.includes(key)) score = 95
      else {
        const keyword = bundle.keywords.find((k) => k === key) ?? bundle.keywords.find((k) => k.includes(key))
        if (keyword) { score = keyword === key ? 92 : 85; why = { type: 'keyword', keyword } }
        else {
          // a sentence that names the event: 宝宝出生了要办什么
          const inside = [bare, ...bundle.keywords].filter((k) => k.length >= 2 && key.includes(k)).sort((a, b) => b.length - a.length)[0]
          if (inside) { score = 40 + inside.length - BUNDLE_BOOST; why = { type: 'keyword', keyword: inside } }
        }
      }
    } else {
      const pinyinHit = [name, ...bundle.keywords].some((text) => {
        const [initials, full] = PINYIN[text] ?? ['', '']
        return (compact.length >= 2 && initials.startsWith(compact)) || (compact.length > 2 && full.startsWith(compact))
      })
      if (pinyinHit) { score = 80; why = { type: 'pinyin', term } }
      else if (englishMatch(tokens, bundle.nameEn)) { score = 78; why = { type: 'english', term } }
      else if (englishMatch(tokens, bundle.summaryEn)) { score = 65; why = { type: 'english', term } }
    }
    if (score >= 0) hits.add('bundle', bundle.id, base + score + BUNDLE_BOOST, tag(why))
  }
  for (const { item, score } of rankItems({ q: term })) hits.add('item', item.id, base + score, tag(itemVia(item.id, key, latin)))
  if (tokens.length) {
    // every item, real or generated (SUBJECT_EN): "dog registration" is the whole name, so it ranks above a name that holds more
    for (const { id, words } of itemsInEnglish()) {
      const fit = englishFit(tokens, words)
      if (fit > 0) hits.add('item', id, base + 70 + Math.round(fit * 6), tag({ type: 'english', term }))
    }
  }
  if (!latin) {
    for (const policy of POLICY_SEEDS) {
      if (policy.title.includes(key)) hits.add('policy', policy.id, base + (policy.title === key ? 100 : 85), tag({ type: 'name', term }))
      else if (key.length >= 2 && policy.summary.includes(key)) hits.add('policy', policy.id, base + 45, tag({ type: 'summary', term }))
    }
    // 市桥办事大厅, 政务中心: a place (or none) plus a word for "hall"
    const place = key.replace(HALL_WORDS, '')
    const askedForHall = place !== key
    for (const hall of hallSeeds()) {
      const named = hall.name.includes(key) || hall.town === key || (askedForHall && (place ? hall.name.includes(place) : hall.kind !== 'kiosk'))
      if (!named) continue
      const rank = hall.kind === 'centre' ? 86 : hall.kind === 'kiosk' ? 40 : hall.kind === 'subcentre' ? 84 : 82
      hits.add('hall', hall.id, base + rank, tag({ type: 'name', term }))
    }
  }
}

/** What made an item match, in the catalogue's order of evidence (see SCORE in ./catalogue). */
function itemVia(id: string, key: string, latin: boolean): Via {
  const item = itemById(id)
  if (!item) return { type: 'name', term: key }
  if (!latin && item.name.toLowerCase().includes(key)) return { type: 'name', term: key }
  const keyword = item.keywords?.find((k) => k.toLowerCase().includes(key))
  if (keyword) return { type: 'keyword', keyword }
  if (latin) return { type: 'pinyin', term: key }
  return { type: 'department', department: item.department }
}

/** What the vocabulary's "找什么" names: a bundle, a real item, a policy, or else a word searched for. */
function addTarget(target: string, score: number, via: Via, hits: Hits) {
  const bundle = bundleByName.get(target)
  if (bundle) {
    hits.add('bundle', bundle.id, score, via)
    // the event's own items, under it (生孩子 lists 出生医学证明签发 … too, for who wants one item only), below an item the words name
    bundle.items.forEach((rule, i) => hits.add('item', rule.itemId, IN_BUNDLE - i / 100, { type: 'inBundle', bundle: bundle.name }))
    return
  }
  const itemId = realItemNames.get(target)
  if (itemId) return hits.add('item', itemId, score, via)
  const policy = policyByTitle.get(target)
  if (policy) return hits.add('policy', policy.id, score, via)
  // a word the catalogue knows: its own matches, in their order, just under the named targets
  direct(target, hits, score - 200, () => via)
}

let dictionary: string[] | null = null

/** Words a mistyped query may have meant: names, keywords, subjects and 说法 (Chinese only). */
function fuzzyDictionary(): string[] {
  if (dictionary) return dictionary
  const words = new Set<string>()
  for (const b of BUNDLES) { words.add(b.name.replace(/一件事$/, '')); b.keywords.forEach((k) => words.add(k)) }
  for (const r of REAL_ITEMS) { words.add(r.name); r.keywords?.forEach((k) => words.add(k)) }
  for (const d of DEPARTMENTS) d.subjects.forEach((s) => words.add(s))
  for (const p of POLICY_SEEDS) words.add(p.title)
  for (const { phrase } of indexes().phraseIndex) phrase.words.forEach((w) => words.add(w))
  dictionary = [...words].filter(hasChinese).map(searchKey)
  return dictionary
}

/** The word a query with one wrong, missing or extra character most likely meant (or nothing). */
export function closestWord(key: string): string | undefined {
  if (key.length < 3 || !hasChinese(key)) return undefined
  let best: { word: string; rank: number } | undefined
  const chars = [...key]
  for (const word of fuzzyDictionary()) {
    if (word.length < key.length - 1) continue
    // one edit leaves at least all but one of the typed characters in the word: a cheap test before the real one
    let shared = 0
    for (const c of chars) if (word.includes(c)) shared++
    if (shared < chars.length - 1) continue
    if (substringDistance(key, word) !== 1) continue
    // a word of the same length (one character replaced) first, then the shortest word that holds it
    const rank = (word.length === key.length ? 0 : 100) + word.length
    if (!best || rank < best.rank) best = { word, rank }
  }
  return best?.word
}

/**
 * The known word (name, keyword, subject, 说法) whose characters the query
 * mostly holds, in any order: at least three of them and three quarters of
 * the word. Longer and better-covered words first.
 */
export function overlappingWord(key: string): string | undefined {
  if (key.length < 3 || !hasChinese(key)) return undefined
  let best: { word: string; rank: number } | undefined
  for (const word of fuzzyDictionary()) {
    if (word.length < 3) continue
    let shared = 0
    for (const c of new Set(word)) if (key.includes(c)) shared++
    const cover = shared / new Set(word).size
    if (shared < 3 || cover < 0.75) continue
    const rank = cover * 100 + shared
    if (!best || rank > best.rank) best = { word, rank }
  }
  return best?.word
}

const HALL_WORDS = /办事大厅|政务服务中心|政务中心|服务中心|便民中心|办事处|大厅/g

/** Words people add around what they want: 我想/怎么/办理… are dropped when the whole sentence finds nothing. */
const FILLER = /我想|我要|想要|请问|怎么|如何|在哪里|在哪儿|在哪|去哪里|去哪|哪里|需要|什么|一下|手续|流程|办理|申请|怎样|可以|能不能|吗|呢|吧|了|的|要|办/g

function elsewhereAnswer(entry: ElsewhereEntry, word: string): SearchElsewhere {
  const hall = entry.hallId ? hallSeeds().find((h) => h.id === entry.hallId) : undefined
  return { phrase: word, answer: entry.answer, hallId: hall?.id, hallName: hall?.name }
}

/** Every answer to a query, best first (the route pages them and words the `why` of the page shown). */
export function search(q: string): SearchResult {
  return searchOnce(q, true)
}

/** `retry`: when nothing matched, try once more without filler words or with the closest word (never a second time). */
function searchOnce(q: string, retry: boolean): SearchResult {
  const key = searchKey(q)
  if (!key) return { hits: [] }
  const hits = new Hits()
  const { phraseIndex, elsewhereIndex } = indexes()
  let elsewhere: SearchElsewhere | undefined
  const away = matchEntries(key, elsewhereIndex)[0]
  if (away && away.strength !== 'fuzzy') {
    elsewhere = elsewhereAnswer(away.hit.entry, away.word)
    if (elsewhere.hallId) hits.add('hall', elsewhere.hallId, TIER.phraseExact, { type: 'elsewhere', word: away.word })
  }
  direct(q, hits, TIER.direct)
  const said = matchEntries(key, phraseIndex)
  // a 说法 one character off is a guess: only when the words found nothing as typed (排水许可 is not a typo of 排水许可证)
  if (said[0]?.strength === 'fuzzy' && (hits.best() >= STRONG || away)) said.length = 0
  said.forEach((match, m) => {
    const tier = match.strength === 'exact' ? TIER.phraseExact : match.strength === 'loose' ? TIER.phraseLoose : TIER.phraseFuzzy
    match.hit.phrase.targets.forEach((target, i) => {
      const via: Via = match.strength === 'fuzzy' || match.strength === 'gapped' ? { type: 'fuzzyPhrase', typed: q.trim(), word: match.word, target } : { type: 'phrase', word: match.word, target }
      addTarget(target, tier - m * 100 - i * 10, via, hits)
    })
  })
  if (hits.best() < STRONG && !away && retry && hasChinese(key)) {
    const plain = key.replace(FILLER, '')
    if (plain && plain !== key) {
      const again = searchOnce(plain, false)
      if ((again.hits[0]?.score ?? -1) >= STRONG || again.elsewhere) return again
    }
    // one character wrong or missing (加装电悌), else the known word most of whose characters were typed (提取住房公积金)
    const word = closestWord(key) ?? overlappingWord(plain || key)
    if (word) {
      const again = searchOnce(word, false)
      if ((again.hits[0]?.score ?? -1) > hits.best()) return { ...again, corrected: word }
    }
  }
  if (!elsewhere && away) {
    elsewhere = elsewhereAnswer(away.hit.entry, away.word)
    if (elsewhere.hallId) hits.add('hall', elsewhere.hallId, TIER.phraseFuzzy, { type: 'elsewhere', word: away.word })
  }
  return { hits: hits.sorted(), elsewhere }
}

function whyOf(via: Via, hit: RankedHit): string {
  switch (via.type) {
    case 'phrase': return `${via.word} → ${via.target}`
    case 'fuzzyPhrase': return `${via.typed}（${via.word}）→ ${via.target}`
    case 'name': return hit.kind === 'hall' ? `大厅：${via.term}` : `名称含“${via.term}”`
    case 'keyword': return `常用说法“${via.keyword}”`
    case 'pinyin': return `拼音 ${via.term}`
    case 'english': return `English: ${via.term}`
    case 'department': return `${via.department}办理`
    case 'summary': return `政策内容含“${via.term}”`
    case 'elsewhere': return `${via.word} → 在这里办`
    case 'inBundle': return `${via.bundle}中的一项`
  }
}

const bundleById = new Map(BUNDLES.map((b) => [b.id, b]))
const policyById = new Map(POLICY_SEEDS.map((p) => [p.id, p]))

/** A ranked hit as the client sees it: names, a line under them and why it was found. */
export function describeHit(hit: RankedHit): SearchHit {
  const why = whyOf(hit.via, hit)
  switch (hit.kind) {
    case 'bundle': {
      const b = bundleById.get(hit.id)!
      return { kind: 'bundle', id: b.id, name: b.name, nameEn: b.nameEn, why, desc: b.summary }
    }
    case 'item': {
      const item = searchableItem(hit.id)!
      return { kind: 'item', id: item.id, name: item.name, nameEn: item.nameEn, why, desc: item.department, item }
    }
    case 'policy': {
      const p = policyById.get(hit.id)!
      return { kind: 'policy', id: p.id, name: p.title, why, desc: p.department }
    }
    case 'hall': {
      const h = hallSeeds().find((x) => x.id === hit.id)!
      return { kind: 'hall', id: h.id, name: h.name, why, desc: h.address }
    }
  }
}

/** For the benchmark and tests: the whole catalogue is generated once before timing starts. */
export function warmSearch(): void {
  catalogue()
  indexes()
  fuzzyDictionary()
  search('预热')
}

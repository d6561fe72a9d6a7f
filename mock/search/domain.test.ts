import { BUNDLES } from '../bundles/data'
import { REAL_ITEMS } from '../catalogue/items'
import { describeHit, search } from './domain'
import { searchKey, vocabulary } from './vocabulary'

const top = (q: string, n = 3) => search(q).hits.slice(0, n).map(describeHit)
const names = (q: string, n = 3) => top(q, n).map((h) => h.name)

describe('the plain-words vocabulary', () => {
  it('maps everyday phrasings to the bundle or item, and says why', () => {
    for (const q of ['生孩子', '生娃', '宝宝出生']) {
      const [first] = top(q)
      expect(first).toMatchObject({ kind: 'bundle', id: 'newborn' })
      expect(first.why).toBe(`${q} → 新生儿出生一件事`)
    }
    expect(top('开饭店').map((h) => h.id)).toEqual(expect.arrayContaining(['restaurant', 'food-licence']))
    expect(top('开餐馆').slice(0, 2).map((h) => h.id).sort()).toEqual(['food-licence', 'restaurant'])
    expect(top('公司不开了')[0].id).toBe('company-deregistration')
    expect(top('老人卡')[0].id).toBe('elder-card')
    expect(top('老楼装电梯')[0]).toMatchObject({ kind: 'bundle', id: 'lift' })
  })

  it('finds a 说法 inside a sentence, and with a word or two between its characters', () => {
    expect(top('我家宝宝刚出生要办什么')[0].id).toBe('newborn')
    expect(top('我想开饭店').map((h) => h.id)).toContain('food-licence')
    expect(top('开一家药店').slice(0, 2).map((h) => h.name)).toEqual(expect.arrayContaining(['开办药店一件事', expect.stringContaining('药品零售许可')]))
  })

  it('every target of every line finds something, and no 说法 is on two lines', () => {
    const { phrases, elsewhere } = vocabulary()
    expect(phrases.length).toBeGreaterThan(80)
    for (const phrase of phrases) {
      for (const target of phrase.targets) expect({ target, found: search(target).hits.length > 0 }).toEqual({ target, found: true })
    }
    const seen = new Map<string, number>()
    for (const word of [...phrases, ...elsewhere].flatMap((p) => p.words.map(searchKey))) seen.set(word, (seen.get(word) ?? 0) + 1)
    expect([...seen].filter(([, n]) => n > 1).map(([w]) => w)).toEqual([])
  })

  it('names bundles and real items by their current names (a rename breaks the line, not the search silently)', () => {
    const known = new Set([...BUNDLES.map((b) => b.name), ...REAL_ITEMS.map((i) => i.name)])
    const named = vocabulary().phrases.flatMap((p) => p.targets).filter((t) => t.endsWith('一件事'))
    expect(named.filter((t) => !known.has(t))).toEqual([])
  })
})

describe('not a district item', () => {
  it('answers where a passport is done, with the hall, instead of nothing', () => {
    const result = search('办护照')
    expect(result.elsewhere).toMatchObject({ phrase: '办护照', hallId: 'centre', hallName: '番禺区政务服务中心' })
    expect(result.elsewhere!.answer).toContain('出入境')
    expect(describeHit(result.hits[0])).toMatchObject({ kind: 'hall', id: 'centre', why: '办护照 → 在这里办' })
  })

  it('answers without a hall when none of ours does it', () => {
    const result = search('交通违章')
    expect(result.elsewhere?.answer).toContain('交警')
    expect(result.elsewhere?.hallId).toBeUndefined()
  })

  it('is not mistaken for a near word (办护照 is not 办执照)', () => {
    expect(names('办护照', 5).some((n) => n.includes('登记'))).toBe(false)
  })
})

describe('typing tolerance', () => {
  it('finds the word with one wrong character', () => {
    const result = search('加装电悌')
    expect(describeHit(result.hits[0]).name).toContain('加装电梯')
    expect(search('公机金提取')).toMatchObject({ corrected: '公积金提取' })
    expect(names('出生医学证名')[0]).toBe('出生医学证明签发')
  })

  it('finds the word with one missing character', () => {
    expect(names('出生医学明')[0]).toBe('出生医学证明签发')
    expect(names('残疾人正')[0]).toBe('残疾人证办理')
  })

  it('does not "correct" a word that matches as typed', () => {
    expect(search('排水许可').corrected).toBeUndefined()
    expect(top('排水许可')[0]).toMatchObject({ kind: 'bundle', id: 'drainage', why: '名称含“排水许可”' })
  })

  it('reads full pinyin and initials, of names and of 说法', () => {
    expect(top('shenghaizi')[0].id).toBe('newborn')
    expect(top('jzdt')[0].id).toBe('lift')
    expect(top('psxk')[0].id).toBe('drainage')
    expect(top('jiazhuangdianti')[0].id).toBe('lift')
  })

  it('reads English words against English names', () => {
    expect(top('birth')[0]).toMatchObject({ kind: 'bundle', id: 'newborn', nameEn: 'Newborn baby' })
    expect(top('drainage permit').map((h) => h.id)).toContain('drainage')
    expect(top('residence permit').map((h) => h.id)).toContain('residence-permit')
  })

  it('finds generated items by their English names (SUBJECT_EN), the whole name first', () => {
    const nameOf = (q: string) => top(q).map((h) => h.nameEn)
    expect(nameOf('dog registration')[0]).toBe('Dog registration')
    // the 开办餐饮店 bundle may come first: its summary names the licence
    expect(nameOf('food business licence')).toContain('Food business licence')
    expect(nameOf('food business license')).toContain('Food business licence')
    expect(nameOf('ID card')).toContain('Resident ID card')
    expect(nameOf('driving licence')[0]).toBe('Driving licence')
    expect(nameOf('stamp duty')[0]).toBe('Stamp duty')
    expect(nameOf('fishing licence')[0]).toBe('Fishing licence')
    expect(nameOf('housing fund loan')[0]).toBe('Housing fund loan')
    expect(nameOf('divorce')[0]).toBe('Divorce registration')
  })
})

describe('ranking', () => {
  it('puts a bundle above its own items for a life-event word', () => {
    for (const [q, bundleId] of [['新生儿', 'newborn'], ['加装电梯', 'lift'], ['排水', 'drainage'], ['退役', 'veteran']] as const) {
      const hits = search(q).hits
      const bundleAt = hits.findIndex((h) => h.kind === 'bundle' && h.id === bundleId)
      const own = new Set(BUNDLES.find((b) => b.id === bundleId)!.items.map((i) => i.itemId))
      const firstOwnItem = hits.findIndex((h) => h.kind === 'item' && own.has(h.id))
      expect({ q, bundleAt }).toEqual({ q, bundleAt: 0 })
      expect(firstOwnItem).toBeGreaterThan(bundleAt)
    }
  })

  it('puts the exact item before generated look-alikes, and every kind in one list', () => {
    expect(names('出生医学证明')[0]).toBe('出生医学证明签发')
    const kinds = new Set(search('补贴').hits.map((h) => h.kind))
    expect([...kinds].sort()).toEqual(['bundle', 'item', 'policy'])
    expect(top('市桥办事大厅')[0]).toMatchObject({ kind: 'hall', id: 'town-shiqiao' })
  })

  it('returns nothing for nonsense and for an empty query', () => {
    expect(search('').hits).toEqual([])
    expect(search('qqqqzzzz').hits).toEqual([])
    expect(search('量子纠缠').hits).toEqual([])
  })
})

import { catalogue, REAL_ITEMS } from './items'
import { DEPARTMENTS } from './departments'
import { FORBIDDEN, KINDS, planSubject, SUBJECTS } from './grid-rules'

describe('the generated catalogue reads like a real 事项目录', () => {
  const items = catalogue()
  const real = new Set(REAL_ITEMS.map((r) => r.id))
  const generated = items.filter((i) => !real.has(i.id))

  it('has no nonsense pair: no subject with an applicant or a 情形 the forbidden table rules out', () => {
    const broken: string[] = []
    for (const item of generated) {
      for (const rule of FORBIDDEN) {
        if (!rule.subject.test(item.name)) continue
        const whoHit = !rule.who || item.target === rule.who
        const situationHit = !rule.situation || (item.situations ?? []).some((s) => rule.situation!.test(s.name))
        if (whoHit && situationHit && (rule.who || rule.situation)) broken.push(`${item.name} × ${rule.who ?? ''} ${rule.situation ?? ''}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('the table catches what the old grid made (居民身份证注销（单位）, 犬只登记延续（单位）)', () => {
    const hit = (name: string, who: string, situation: string) => FORBIDDEN.some((r) => r.subject.test(name) && (!r.who || r.who === who) && (!r.situation || r.situation.test(situation)) && (r.who || r.situation))
    expect(hit('居民身份证', 'business', '注销')).toBe(true)
    expect(hit('犬只登记', 'business', '延续')).toBe(true)
    expect(hit('居住证', 'both', '申请')).toBe(true)
    expect(hit('食品经营许可', 'business', '延续')).toBe(false)
  })

  it('names items as a resident reads them: no applicant suffix, no action glued to a subject, no two items of one name', () => {
    expect(items.filter((i) => /（个人）|（单位）|申请申请|信息查询（/.test(i.name)).map((i) => i.name)).toEqual([])
    const names = items.map((i) => i.name)
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
    expect(items.find((i) => i.id === 'gaj-0-0-p')?.name).toBe('居民身份证办理')
    expect(items.find((i) => i.name === '犬只登记')?.target).toBe('person')
  })

  it('gives every generated item its 情形 (ids unique within the item), each with materials, a time limit and a fee', () => {
    for (const item of generated) {
      const situations = item.situations ?? []
      expect({ item: item.name, some: situations.length > 0 }).toEqual({ item: item.name, some: true })
      expect(new Set(situations.map((s) => s.id)).size).toBe(situations.length)
      for (const s of situations) {
        expect(s.materials.length).toBeGreaterThan(0)
        expect(s.timeLimitDays).toBeGreaterThanOrEqual(0)
        expect(s.fee).toBeTruthy()
      }
    }
    const idCard = items.find((i) => i.name === '居民身份证办理')!
    expect(idCard.target).toBe('person')
    expect(idCard.situations!.map((s) => s.name)).toEqual(expect.arrayContaining(['首次申领', '有效期满换领', '遗失补领']))
    // a 情形 with its own material: 遗失补领 asks for a statement of the loss
    expect(idCard.situations!.find((s) => s.id === 'lost')!.materials.map((m) => m.name)).toContain('遗失情况说明')
    const food = items.find((i) => i.id === 'scjgj-2-0-b')!
    expect(food.name).toBe('食品经营许可')
    expect(food.target).toBe('business')
    expect(food.situations!.map((s) => s.id)).toEqual(expect.arrayContaining(['new', 'renew', 'cancel']))
    // 住房公积金提取 holds the 租房/购房/退休 提取 the old grid listed as subjects of their own
    expect(items.find((i) => i.name === '住房公积金提取')!.situations!.map((s) => s.name)).toEqual(expect.arrayContaining(['租房提取', '购房提取', '退休提取']))
    expect(generated.some((i) => /^(租房|购房|退休)提取/.test(i.name))).toBe(false)
  })

  it('has a kind for every subject, and a reason for every subject that is no item of its own', () => {
    for (const dept of DEPARTMENTS) {
      for (const subject of dept.subjects) {
        const plan = planSubject(subject)
        if (!plan) expect({ subject, note: !!SUBJECTS[subject]?.note }).toEqual({ subject, note: true })
        else expect(Object.keys(KINDS)).toContain(plan.kind)
      }
    }
  })
})

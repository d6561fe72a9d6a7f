import { DEPARTMENTS } from './departments'
import { planSubject } from './grid-rules'
import { REAL_ITEMS } from './items'
import { BUNDLES } from '../bundles/data'
import { vocabularyWords } from '../search/vocabulary'

/**
 * Every text whose pinyin catalogue search needs: item names (a generated item's
 * name is the subject's, with its kind's suffix or as its rule wrote it: grid-rules.ts).
 * Shared by the generator (scripts/gen-pinyin.ts) and its staleness test.
 */
export function pinyinFragments(): string[] {
  const texts = new Set<string>()
  for (const dept of DEPARTMENTS) {
    texts.add(dept.name)
    for (const subject of dept.subjects) {
      texts.add(subject)
      const plan = planSubject(subject)
      if (plan) texts.add(plan.name)
    }
  }
  for (const item of REAL_ITEMS) {
    texts.add(item.name)
    for (const k of item.keywords ?? []) texts.add(k)
  }
  for (const bundle of BUNDLES) {
    texts.add(bundle.name)
    for (const k of bundle.keywords) texts.add(k)
  }
  // 说法 typed in pinyin: shenghaizi is 生孩子
  for (const word of vocabularyWords()) if (/[\u3400-\u9fff]/.test(word)) texts.add(word)
  return [...texts].sort()
}

import { ACTIONS, APPLICANTS, DEPARTMENTS } from './departments'
import { REAL_ITEMS } from './items'
import { BUNDLES } from '../bundles/data'
import { vocabularyWords } from '../search/vocabulary'

/** Suffixes without brackets: "（个人）" is looked up as "个人". */
export const bareSuffix = (suffix: string) => suffix.replace(/[（）()]/g, '')

/**
 * Every text whose pinyin catalogue search needs: generated item names are
 * subject + action + applicant suffix, so those three lists cover 5,000+ names.
 * Shared by the generator (scripts/gen-pinyin.ts) and its staleness test.
 */
export function pinyinFragments(): string[] {
  const texts = new Set<string>()
  for (const dept of DEPARTMENTS) {
    texts.add(dept.name)
    for (const subject of dept.subjects) texts.add(subject)
  }
  for (const action of ACTIONS) texts.add(action)
  for (const applicant of APPLICANTS) texts.add(bareSuffix(applicant.suffix))
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

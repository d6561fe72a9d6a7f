import { VOCABULARY_TEXT } from './vocabulary-data'

/** 说法 → what to find (bundle or item names, or words the catalogue knows). */
export interface Phrase {
  /** as written in the vocabulary */
  words: string[]
  targets: string[]
}

/** 说法 for something the district does not handle, with who does it and where. */
export interface ElsewhereEntry {
  words: string[]
  answer: string
  hallId?: string
}

const CJK = /[\u3400-\u9fff]/
const FULL_WIDTH = /[\uff01-\uff5e]/g
const PUNCTUATION = /[\s,.?!:;'"()[\]{}<>，。？！：；、“”‘’（）【】《》…·~～\-_/\\|]+/g

/**
 * The form queries and 说法 are compared in: lower case, full-width letters
 * made half-width, punctuation gone; Chinese loses its spaces ("排水 许可"
 * is 排水许可) while English keeps one between words.
 */
export function searchKey(text: string): string {
  const half = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
  const spaced = half.toLowerCase().replace(PUNCTUATION, ' ').trim()
  return CJK.test(spaced) ? spaced.replace(/ /g, '') : spaced
}

export const hasChinese = (text: string) => CJK.test(text)

let parsed: { phrases: Phrase[]; elsewhere: ElsewhereEntry[] } | null = null

/** The vocabulary file's lines as data: parsed once, on the first search. */
export function vocabulary(): { phrases: Phrase[]; elsewhere: ElsewhereEntry[] } {
  if (parsed) return parsed
  const phrases: Phrase[] = []
  const elsewhere: ElsewhereEntry[] = []
  const split = (words: string) => words.split('、').map((w) => w.trim()).filter(Boolean)
  for (const raw of VOCABULARY_TEXT.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    if (line.includes('⇒')) {
      const [words, rest] = line.split('⇒')
      const at = rest.match(/\s@([\w-]+)\s*$/)
      elsewhere.push({ words: split(words), answer: (at ? rest.slice(0, at.index) : rest).trim(), hallId: at?.[1] })
    } else if (line.includes('→')) {
      const [words, targets] = line.split('→')
      phrases.push({ words: split(words), targets: targets.split('+').map((t) => t.trim()).filter(Boolean) })
    } else {
      throw new Error(`词表这一行看不懂（要有 → 或 ⇒）：${line}`)
    }
  }
  parsed = { phrases, elsewhere }
  return parsed
}

/** Every 说法 in the vocabulary (for the pinyin generator). */
export function vocabularyWords(): string[] {
  const { phrases, elsewhere } = vocabulary()
  return [...phrases, ...elsewhere].flatMap((p) => p.words)
}

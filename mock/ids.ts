import { secureDigits } from './random'

/** Deterministic pseudo-random numbers for seed data (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

let counter = 0
/** Ids for created records: time-ordered and unique within a process. */
export function newId(prefix: string, nowMs: number): string {
  counter = (counter + 1) % 1_000_000
  const rand = Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0')
  return `${prefix}_${nowMs.toString(36)}${counter.toString(36)}${rand}`
}

/** Digits people type (check-in and short codes), from the secure source (mock/random.ts). */
export function randomDigits(count: number): string {
  return secureDigits(count)
}

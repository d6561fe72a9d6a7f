import { HELD_OUT_CASES, catalogueSearch, measure, oneSearch } from '../../test/search-quality'

/**
 * The floor under search quality (npm run bench prints the figures): the share
 * of the test set (test/search-queries.ts) with a right answer in the top 3.
 * Reached 100 % (160/160) and 78 % held out when written; the floors leave
 * room for three hard new queries before search has to get better.
 */
const FLOOR = 0.98
const HELD_OUT_FLOOR = 0.75

describe('search quality', () => {
  it(`finds a right answer in the top 3 for at least ${FLOOR * 100} % of the test set`, () => {
    const quality = measure(oneSearch)
    expect(quality.total).toBeGreaterThanOrEqual(100)
    expect({ share: quality.share >= FLOOR, misses: quality.misses }).toEqual({ share: true, misses: expect.any(Array) })
  })

  it('does better than the catalogue search it replaces, on queries written after its vocabulary too', () => {
    expect(measure(oneSearch).share).toBeGreaterThan(measure(catalogueSearch).share + 0.5)
    expect(measure(oneSearch, 1, HELD_OUT_CASES).share).toBeGreaterThanOrEqual(HELD_OUT_FLOOR)
  })
})

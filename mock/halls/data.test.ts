import { catalogue } from '../catalogue/items'
import { hallSeeds } from './data'
import { hallItemCount, hallItems, hallServes } from './routing'

describe('the items a hall serves', () => {
  it('are the catalogue items hallServes accepts, in catalogue order, for every kind of hall', () => {
    const halls = hallSeeds()
    for (const kind of ['centre', 'subcentre', 'town', 'kiosk'] as const) {
      const hall = halls.find((h) => h.kind === kind)!
      const expected = catalogue().filter((item) => hallServes(hall, item)).map((i) => i.id)
      expect(hallItems(hall).map((i) => i.id)).toEqual(expected)
      // kiosks and towns serve a share, not all and not none
      if (kind !== 'centre') expect(expected.length).toBeLessThan(catalogue().length)
      expect(expected.length).toBeGreaterThan(0)
    }
  })

  it('are counted without listing them, to the same number for every hall', () => {
    for (const hall of hallSeeds()) expect(hallItemCount(hall)).toBe(catalogue().filter((item) => hallServes(hall, item)).length)
  })
})

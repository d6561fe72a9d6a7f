/**
 * Public holidays when halls take no appointments (Asia/Shanghai dates).
 * 2026 follows the State Council's published schedule; 2027 is provisional
 * (its notice comes out late in 2026): replace it when published. Make-up
 * working weekends (调休) are not modelled: halls keep their weekly hours.
 */
const RANGES: Array<[from: string, to: string, name: string]> = [
  ['2026-01-01', '2026-01-03', '元旦'],
  ['2026-02-15', '2026-02-23', '春节'],
  ['2026-04-04', '2026-04-06', '清明节'],
  ['2026-05-01', '2026-05-05', '劳动节'],
  ['2026-06-19', '2026-06-21', '端午节'],
  ['2026-09-25', '2026-09-27', '中秋节'],
  ['2026-10-01', '2026-10-07', '国庆节'],
  ['2027-01-01', '2027-01-03', '元旦'],
  ['2027-02-05', '2027-02-11', '春节'],
  ['2027-04-03', '2027-04-05', '清明节'],
  ['2027-05-01', '2027-05-05', '劳动节'],
  ['2027-06-09', '2027-06-11', '端午节'],
  ['2027-09-15', '2027-09-17', '中秋节'],
  ['2027-10-01', '2027-10-07', '国庆节'],
]

/** The holiday's name on a YYYY-MM-DD date, or undefined (ISO dates compare as strings). */
export function holidayOn(date: string): string | undefined {
  return RANGES.find(([from, to]) => from <= date && date <= to)?.[2]
}

import type { FacilityKind, HallFloor, HallKind, HallWindow, WindowGroup } from '../../src/contract'

/**
 * Window groups (一体化叫号): which departments' items each takes, the usual
 * minutes one resident takes at the counter (the wait estimate), and the name
 * on the floor guide.
 */
export interface GroupSeed {
  id: WindowGroup
  name: string
  departmentIds: string[]
  serviceMinutes: number
}

export const GROUPS: GroupSeed[] = [
  { id: 'A', name: '户政出入境', departmentIds: ['gaj'], serviceMinutes: 8 },
  { id: 'B', name: '商事登记', departmentIds: ['scjgj', 'swjj', 'fgj', 'wgltj'], serviceMinutes: 15 },
  { id: 'C', name: '社保医保税务', departmentIds: ['rsj', 'ybj', 'gjj', 'swuj'], serviceMinutes: 10 },
  { id: 'D', name: '工程建设', departmentIds: ['zjj', 'ghzyj', 'swj', 'cgj', 'jtj', 'sthj', 'yjglj'], serviceMinutes: 20 },
  { id: 'E', name: '社会事务', departmentIds: ['mzj', 'wjj', 'jyj', 'cl', 'tyjrj', 'nyncj', 'qxj'], serviceMinutes: 12 },
]

const ALL: WindowGroup[] = GROUPS.map((g) => g.id)

/** The group an item's department is served by; a department not listed goes to 社会事务. */
export function groupOfDepartment(departmentId: string): GroupSeed {
  return GROUPS.find((g) => g.departmentIds.includes(departmentId)) ?? GROUPS[GROUPS.length - 1]
}

export function groupById(id: WindowGroup): GroupSeed {
  return GROUPS.find((g) => g.id === id)!
}

/** Windows numbered across the whole hall (A01, A02 …), as the hall's signs are. */
function windows(from: number, count: number, groups: WindowGroup[], opts: { priorityFirst?: boolean } = {}): HallWindow[] {
  return Array.from({ length: count }, (_, i) => ({
    no: `A${String(from + i).padStart(2, '0')}`,
    groups,
    general: groups.length === ALL.length,
    priority: !!opts.priorityFirst && i === 0,
  }))
}

const CENTRE: HallFloor[] = [
  { level: -1, zones: [], facilities: ['parking'] },
  {
    level: 1,
    zones: [
      { id: 'A', name: '综合窗口·户政出入境', windows: [...windows(1, 3, ALL, { priorityFirst: true }), ...windows(4, 2, ['A'])] },
    ],
    facilities: ['kiosk', 'care-seat', 'copier', 'toilet'],
  },
  { level: 2, zones: [{ id: 'B', name: '商事登记', windows: windows(6, 2, ['B']) }], facilities: ['kiosk', 'nursing-room', 'toilet'] },
  { level: 3, zones: [{ id: 'C', name: '社保医保税务', windows: windows(8, 5, ['C'], { priorityFirst: true }) }], facilities: ['care-seat', 'copier', 'nursing-room', 'toilet'] },
  {
    level: 4,
    zones: [
      { id: 'D', name: '工程建设', windows: windows(13, 3, ['D']) },
      { id: 'E', name: '社会事务', windows: windows(16, 2, ['E']) },
    ],
    facilities: ['kiosk', 'toilet'],
  },
]

const SUBCENTRE: HallFloor[] = [
  {
    level: 1,
    zones: [
      { id: 'A', name: '综合窗口', windows: windows(1, 3, ALL, { priorityFirst: true }) },
      { id: 'B', name: '户政·社会事务', windows: windows(4, 2, ['A', 'E']) },
    ],
    facilities: ['kiosk', 'care-seat', 'copier', 'parking'],
  },
  {
    level: 2,
    zones: [{ id: 'C', name: '商事·社保·工程', windows: [...windows(6, 2, ['B', 'C']), ...windows(8, 1, ['D'])] }],
    facilities: ['nursing-room', 'toilet'],
  },
]

/** A town's 便民服务中心: one room of 综合窗口, the first serving 长者 and 爱心 first. */
const TOWN: HallFloor[] = [
  { level: 1, zones: [{ id: 'A', name: '综合窗口', windows: windows(1, 4, ALL, { priorityFirst: true }) }], facilities: ['kiosk', 'care-seat', 'copier'] },
]

/** 政务晓屋: self-service machines, no counters. */
const KIOSK: HallFloor[] = [{ level: 1, zones: [], facilities: ['kiosk', 'copier'] }]

export const PLANS: Record<HallKind, HallFloor[]> = { centre: CENTRE, subcentre: SUBCENTRE, town: TOWN, kiosk: KIOSK }

/** Minutes before a period's close when the ticket machine stops issuing numbers (最后取号时间). */
export const LAST_TICKET_MINUTES: Record<HallKind, number> = { centre: 30, subcentre: 30, town: 30, kiosk: 0 }

/** 长者优先 from this age. */
export const ELDER_AGE = 60

/** "我已到达" counts within this distance of the hall (metres). */
export const ARRIVE_RADIUS_M = 300

/** A 过号 ticket may rejoin at the back this many times. */
export const REJOINS_ALLOWED = 1

export const FACILITY_KINDS: FacilityKind[] = ['care-seat', 'nursing-room', 'kiosk', 'copier', 'parking', 'toilet']

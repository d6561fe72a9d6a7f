import type { Hall, HallKind, OpeningPeriod, SelfService } from '../../src/contract'
import { seededRandom } from '../ids'

interface TownSeed {
  id: string
  name: string
  /** GCJ-02 centre of the town's service centre */
  lng: number
  lat: number
  road: string
}

/** The 16 town/street 便民服务中心 of Panyu (BRIEF.md) with plausible GCJ-02 positions. */
export const TOWNS: TownSeed[] = [
  { id: 'shiqiao', name: '市桥街', lng: 113.3688, lat: 22.9432, road: '光明北路' },
  { id: 'shatou', name: '沙头街', lng: 113.3522, lat: 22.9268, road: '银平路' },
  { id: 'donghuan', name: '东环街', lng: 113.3987, lat: 22.9469, road: '番禺大道北' },
  { id: 'qiaonan', name: '桥南街', lng: 113.3826, lat: 22.9147, road: '福德路' },
  { id: 'xiaoguwei', name: '小谷围街', lng: 113.3953, lat: 23.0617, road: '大学城中环西路' },
  { id: 'dashi', name: '大石街', lng: 113.3127, lat: 23.0065, road: '迎宾路' },
  { id: 'luopu', name: '洛浦街', lng: 113.2893, lat: 23.0429, road: '如意路' },
  { id: 'shibi', name: '石壁街', lng: 113.2738, lat: 22.9918, road: '石兴大道' },
  { id: 'zhongcun', name: '钟村街', lng: 113.3192, lat: 22.9823, road: '汉溪大道' },
  { id: 'dalong', name: '大龙街', lng: 113.4198, lat: 22.9561, road: '亚运大道' },
  { id: 'shawan', name: '沙湾街', lng: 113.3409, lat: 22.9038, road: '福涌路' },
  { id: 'nancun', name: '南村镇', lng: 113.3668, lat: 23.0035, road: '兴南大道' },
  { id: 'xinzao', name: '新造镇', lng: 113.4273, lat: 23.0392, road: '新广路' },
  { id: 'hualong', name: '化龙镇', lng: 113.4815, lat: 23.0268, road: '金湖大道' },
  { id: 'shilou', name: '石楼镇', lng: 113.5129, lat: 22.9497, road: '市莲路' },
  { id: 'shiji', name: '石碁镇', lng: 113.4543, lat: 22.9652, road: '石碁大道' },
]

const KIOSK_SITES = ['社区服务站', '党群服务中心', '银行网点', '商业广场', '地铁站', '村委会', '工业园'] as const

/** What every 政务晓屋 does, and what its site adds (a bank takes payments and taxes, a community station does photos …). */
const KIOSK_SERVICES: SelfService[] = ['vr-guide', 'certificate-print', 'e-licence-print', 'social-security', 'medical-insurance']
const SITE_SERVICES: Record<(typeof KIOSK_SITES)[number], SelfService[]> = {
  社区服务站: ['housing-fund', 'id-photo'],
  党群服务中心: ['housing-fund', 'id-photo'],
  银行网点: ['payment', 'tax'],
  商业广场: ['payment'],
  地铁站: ['payment'],
  村委会: ['payment', 'id-photo'],
  工业园: ['tax', 'housing-fund'],
}

const weekdays = (days: number[], open: string, close: string): OpeningPeriod[] => days.map((weekday) => ({ weekday, open, close }))

const HOURS: Record<HallKind, { periods: OpeningPeriod[]; text: string }> = {
  // 区政务服务中心 runs through lunch (延时服务). On Saturday mornings its clerks serve the 云窗口 by video at the
  // 政务晓屋 (seed 003: 云政务服务大厅, since 2023-12-30), so the counters themselves are closed.
  centre: {
    periods: weekdays([1, 2, 3, 4, 5], '09:00', '18:00'),
    text: '周一至周五 09:00-18:00（午间不休）；周六上午云窗口在就近政务晓屋',
  },
  subcentre: {
    periods: [...weekdays([1, 2, 3, 4, 5], '09:00', '12:00'), ...weekdays([1, 2, 3, 4, 5], '13:30', '17:30')],
    text: '周一至周五 09:00-12:00、13:30-17:30；周六上午云窗口在就近政务晓屋',
  },
  town: {
    periods: [...weekdays([1, 2, 3, 4, 5], '09:00', '12:00'), ...weekdays([1, 2, 3, 4, 5], '14:00', '17:30')],
    text: '周一至周五 09:00-12:00、14:00-17:30',
  },
  // 5G+VR 政务晓屋: self-service round the clock; Saturday 09:00-12:00 a clerk joins by video (云窗口, booked).
  kiosk: {
    periods: weekdays([0, 1, 2, 3, 4, 5, 6], '00:00', '24:00'),
    text: '24 小时自助；周六 09:00-12:00 云窗口视频办理（需预约）',
  },
}

export interface HallSeed extends Omit<Hall, 'queueLength' | 'itemCount'> {
  /** share of the catalogue this hall serves, 0..1 */
  coverage: number
  /** per-hall multiplier on the queue model */
  busyFactor: number
}

let cache: HallSeed[] | null = null

export function hallSeeds(): HallSeed[] {
  if (cache) return cache
  const random = seededRandom(123)
  const halls: HallSeed[] = [
    {
      id: 'centre', name: '番禺区政务服务中心', kind: 'centre', lng: 113.3846, lat: 22.9379, town: '市桥街',
      address: '广州市番禺区市桥街清河东路 333 号', phone: '020-12345001',
      hours: HOURS.centre.periods, hoursText: HOURS.centre.text, photos: ['hall-centre-1', 'hall-centre-2'], cloudWindow: false, selfServices: [], coverage: 1, busyFactor: 1,
    },
    {
      id: 'sub-wanbo', name: '番禺区政务服务中心万博分中心', kind: 'subcentre', lng: 113.3566, lat: 23.0047, town: '南村镇',
      address: '广州市番禺区南村镇万博二路 79 号', phone: '020-12345002',
      hours: HOURS.subcentre.periods, hoursText: HOURS.subcentre.text, photos: ['hall-sub-1'], cloudWindow: false, selfServices: [], coverage: 0.75, busyFactor: 1,
    },
    {
      id: 'sub-daxuecheng', name: '番禺区政务服务中心大学城分中心', kind: 'subcentre', lng: 113.3889, lat: 23.0553, town: '小谷围街',
      address: '广州市番禺区小谷围街大学城外环东路 280 号', phone: '020-12345003',
      hours: HOURS.subcentre.periods, hoursText: HOURS.subcentre.text, photos: ['hall-sub-2'], cloudWindow: false, selfServices: [], coverage: 0.6, busyFactor: 0.8,
    },
  ]
  TOWNS.forEach((town, i) => {
    halls.push({
      id: `town-${town.id}`, name: `${town.name}便民服务中心`, kind: 'town', lng: town.lng, lat: town.lat, town: town.name,
      address: `广州市番禺区${town.name}${town.road} ${20 + i * 7} 号`, phone: `020-123451${String(i).padStart(2, '0')}`,
      hours: HOURS.town.periods, hoursText: HOURS.town.text, photos: ['hall-town'], cloudWindow: false, selfServices: [], coverage: 0.35, busyFactor: 0.7 + random() * 0.6,
    })
  })
  // 104 政务晓屋 kiosks: 6 or 7 per town, scattered within ~3 km of its centre.
  let kioskNo = 0
  TOWNS.forEach((town, ti) => {
    const count = ti < 8 ? 7 : 6
    for (let k = 0; k < count; k++) {
      kioskNo++
      const angle = random() * Math.PI * 2
      const radius = 0.006 + random() * 0.022
      const site = KIOSK_SITES[(ti + k) % KIOSK_SITES.length]
      halls.push({
        id: `kiosk-${String(kioskNo).padStart(3, '0')}`,
        name: `政务晓屋·${town.name}${site}${k + 1}号`,
        kind: 'kiosk',
        lng: Number((town.lng + Math.cos(angle) * radius).toFixed(6)),
        lat: Number((town.lat + Math.sin(angle) * radius * 0.9).toFixed(6)),
        town: town.name,
        address: `广州市番禺区${town.name}${site}（${town.road}附近）`,
        phone: '12345',
        hours: HOURS.kiosk.periods, hoursText: HOURS.kiosk.text, photos: ['hall-kiosk'], cloudWindow: true, selfServices: [...KIOSK_SERVICES, ...SITE_SERVICES[site]], coverage: 0.05, busyFactor: 0.5 + random(),
      })
    }
  })
  cache = halls
  return halls
}

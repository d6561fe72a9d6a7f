/**
 * The mock's "shared government data" (政务数据共享): what the instant-approval
 * rules read instead of asking the applicant. Keyed by credit code or ID
 * number, as the real exchange is. Demo subjects only; every number is
 * fictitious and valid by its checksum.
 */
import { TOWNS } from '../halls/data'

export const DISTRICT = '番禺区'

/** The district's towns and streets (an address must name one, or 番禺区). */
export const DISTRICT_TOWNS: string[] = TOWNS.map((t) => t.name)

/** Guangzhou's other districts: an address naming one of them lies outside. */
export const OTHER_DISTRICTS = ['越秀区', '海珠区', '荔湾区', '天河区', '白云区', '黄埔区', '花都区', '南沙区', '从化区', '增城区', '佛山', '深圳', '东莞', '中山']

/** 市场监管: enterprise registration (登记状态, 经营范围 as activity codes). */
export interface EnterpriseRecord {
  name: string
  status: '存续' | '吊销' | '注销'
  /** activities the registered 经营范围 covers */
  scope: string[]
  /** the 经营范围 as registered, for display */
  scopeText: string
  address: string
}

export const ENTERPRISES: Record<string, EnterpriseRecord> = {
  '91440113MA59ABCD1R': {
    name: '广州禺味餐饮管理有限公司',
    status: '存续',
    scope: ['catering', 'advertising-own', 'retail-food'],
    scopeText: '餐饮服务；餐饮管理；食品销售；设计、制作、发布自有广告',
    address: '广州市番禺区南村镇兴南大道 368 号',
  },
}

/** 信用广州: administrative penalties (paid or not) and the dishonest-debtor list. */
export interface Penalty {
  decisionNo: string
  authority: string
  amount: number
  date: string
  paid: boolean
}

export interface CreditRecord {
  penalties: Penalty[]
  /** 失信被执行人 */
  dishonest: boolean
}

export const CREDIT_RECORDS: Record<string, CreditRecord> = {
  '91440113MA59ABCD1R': {
    penalties: [
      { decisionNo: '番城管罚字〔2024〕第1023号', authority: '广州市番禺区城市管理和综合执法局', amount: 500, date: '2024-06-12', paid: true },
    ],
    dishonest: false,
  },
  '440126198511203211': { penalties: [], dishonest: false },
}

/** 人社: social insurance (参保险种, since when, months in arrears). */
export interface InsuranceRecord {
  insurer: string
  employer: string
  types: string[]
  /** first month paid, YYYY-MM */
  since: string
  /** months not paid, YYYY-MM */
  arrears: string[]
}

export const SOCIAL_INSURANCE: Record<string, InsuranceRecord> = {
  '440126198511203211': {
    insurer: '广州市社会保险基金管理中心番禺分中心',
    employer: '广州市番禺区某科技有限公司',
    types: ['企业职工基本养老保险', '职工基本医疗保险', '失业保险', '工伤保险'],
    since: '2009-07',
    arrears: [],
  },
  '440126196208081224': {
    insurer: '广州市社会保险基金管理中心番禺分中心',
    employer: '广州禺味餐饮管理有限公司',
    types: ['企业职工基本养老保险', '职工基本医疗保险'],
    since: '1998-03',
    arrears: [],
  },
}

/** 公安: household registration (户籍所在区) and the ID photo on file. */
export interface HukouRecord {
  district: string
  address: string
  photoOnFile: boolean
}

export const HUKOU: Record<string, HukouRecord> = {
  '440126198511203211': { district: DISTRICT, address: '广州市番禺区市桥街繁华路 12 号', photoOnFile: true },
  '440126196208081224': { district: DISTRICT, address: '广州市番禺区南村镇兴南大道 368 号', photoOnFile: true },
}

/** 水务: sewer network coverage by town ('partial' needs a site survey). */
export const SEWER_COVERAGE: Record<string, 'covered' | 'partial' | 'none'> = Object.fromEntries(
  DISTRICT_TOWNS.map((town) => [town, town === '石楼镇' || town === '化龙镇' ? 'partial' : 'covered']),
)

/** 气象: the digitised observation archive starts here; older days need a person to search the paper archive. */
export const WEATHER_ARCHIVE_FROM = '2010-01-01'

/** A day's observation at the district station (deterministic from the date). */
export function weatherRecord(date: string): { weather: string; rainfallMm: number; maxWindLevel: number; tempRange: string } {
  let h = 0
  for (const ch of date) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  const kinds = ['晴', '多云', '阴', '小雨', '中雨', '大雨', '暴雨', '雷阵雨']
  const weather = kinds[h % kinds.length]
  const rainfallMm = ['小雨', '中雨', '大雨', '暴雨', '雷阵雨'].includes(weather) ? [3.2, 12.5, 36.8, 62.4, 18.9][h % 5] : 0
  const low = 12 + (h % 14)
  return { weather, rainfallMm, maxWindLevel: 2 + (h % 6), tempRange: `${low}～${low + 4 + (h % 5)}℃` }
}

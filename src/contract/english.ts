/**
 * English names for names the data holds only in Chinese: licences and the
 * district's halls. Shown through `localized()` in English mode; a name not
 * listed here stays Chinese (better than a guessed translation).
 */
const DOCUMENT_NAMES_EN: Record<string, string> = {
  居民身份证: 'Resident ID card',
  '居民身份证（法定代表人）': 'Resident ID card (legal representative)',
  居民户口簿: 'Household register (hukou)',
  结婚证: 'Marriage certificate',
  不动产权证书: 'Real estate title certificate',
  社会保障卡: 'Social security card',
  机动车驾驶证: 'Driving licence',
  营业执照: 'Business licence',
  食品经营许可证: 'Food business licence',
  '公众聚集场所投入使用、营业前消防安全检查合格证': 'Fire safety certificate for public venues',
  临时户外广告设置许可决定书: 'Temporary outdoor advertising permit',
  城镇污水排入排水管网许可证: 'Urban sewage discharge permit',
  气象证明: 'Weather certificate',
  社会保险参保缴费证明: 'Social insurance contribution record',
  '广东省老年人优待证（电子证）': 'Guangdong senior citizen card (electronic)',
}

export function documentNameEn(name: string): string | undefined {
  return DOCUMENT_NAMES_EN[name]
}

const TOWNS_EN: Record<string, string> = {
  市桥街: 'Shiqiao Subdistrict', 沙头街: 'Shatou Subdistrict', 东环街: 'Donghuan Subdistrict', 桥南街: 'Qiaonan Subdistrict',
  小谷围街: 'Xiaoguwei Subdistrict', 大石街: 'Dashi Subdistrict', 洛浦街: 'Luopu Subdistrict', 石壁街: 'Shibi Subdistrict',
  钟村街: 'Zhongcun Subdistrict', 大龙街: 'Dalong Subdistrict', 沙湾街: 'Shawan Subdistrict', 南村镇: 'Nancun Town',
  新造镇: 'Xinzao Town', 化龙镇: 'Hualong Town', 石楼镇: 'Shilou Town', 石碁镇: 'Shiji Town',
}
const KIOSK_SITES_EN: Record<string, string> = {
  社区服务站: 'community station', 党群服务中心: 'community centre', 银行网点: 'bank branch', 商业广场: 'shopping plaza',
  地铁站: 'metro station', 村委会: 'village office', 工业园: 'industrial park',
}
const HALLS_EN: Record<string, string> = {
  番禺区政务服务中心: 'Panyu District Government Service Centre',
  番禺区政务服务中心万博分中心: 'Wanbo Sub-centre, Panyu Government Service Centre',
  番禺区政务服务中心大学城分中心: 'University Town Sub-centre, Panyu Government Service Centre',
}

/** "市桥街便民服务中心" → "Shiqiao Subdistrict Service Centre"; "政务晓屋·南村镇地铁站2号" → "Gov kiosk · Nancun Town metro station No. 2". */
export function hallNameEn(name: string): string | undefined {
  if (HALLS_EN[name]) return HALLS_EN[name]
  const town = Object.keys(TOWNS_EN).find((t) => name.includes(t))
  if (!town) return undefined
  if (name === `${town}便民服务中心`) return `${TOWNS_EN[town]} Service Centre`
  const kiosk = /^政务晓屋·(.+?)(\d+)号$/.exec(name)
  const site = kiosk && KIOSK_SITES_EN[kiosk[1].slice(town.length)]
  return kiosk && site ? `Gov kiosk · ${TOWNS_EN[town]} ${site} No. ${kiosk[2]}` : undefined
}

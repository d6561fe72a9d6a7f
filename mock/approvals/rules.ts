/**
 * 秒批秒办: each instant item's rules, as data for mock/approvals/rules-engine.ts.
 * A rule names a condition kind, where its fact comes from, and what the
 * applicant is told when it fails (with what to do) or cannot be decided
 * (a person takes over). The form asks only what no source holds.
 */
import type { InstantField } from '../../src/contract'
import type { InstantItemRules, Rule } from './rules-engine'
import { DISTRICT_TOWNS, WEATHER_ARCHIVE_FROM } from './shared-data'

export const SOURCES = {
  licences: '电子证照库',
  market: '市场监管登记信息',
  credit: '信用广州',
  insurance: '广州市社保信息',
  police: '公安户籍信息',
  water: '水务排水管网数据',
  weather: '气象观测档案',
  form: '申请表',
} as const

/** Limits the rules use (the item guides say the same). */
export const LIMITS = {
  adBoardMaxM2: 10,
  adDisplayMaxDays: 30,
  drainageInstantMaxM3: 300,
  elderAge: 60,
}

// ---- rules shared by several items ----

const businessLicenceValid: Rule = {
  id: 'business-licence',
  label: '营业执照有效',
  source: SOURCES.licences,
  when: { kind: 'licence-valid', licenceType: 'business-licence' },
  fail: '营业执照{reason}',
  remedy: '请先到市场监管部门办理营业执照或换照，再申请本事项',
}

const enterpriseActive: Rule = {
  id: 'enterprise-active',
  label: '企业登记状态为存续',
  source: SOURCES.market,
  when: { kind: 'enterprise-active' },
  fail: '企业登记状态为“{status}”，不能办理',
  remedy: '如登记信息有误，请联系区市场监督管理局更正',
}

const noUnpaidPenalty: Rule = {
  id: 'no-unpaid-penalty',
  label: '无未缴清的行政处罚罚款',
  source: SOURCES.credit,
  when: { kind: 'no-unpaid-penalty' },
  fail: '有 {count} 宗行政处罚罚款未缴清（{decisionNo}，合计 {amount} 元）',
  remedy: '请先缴清罚款，缴款信息约 1 小时后同步到信用广州，再重新申请',
}

const notDishonest: Rule = {
  id: 'not-dishonest',
  label: '不在失信被执行人名单内',
  source: SOURCES.credit,
  when: { kind: 'not-dishonest' },
  fail: '申请人在失信被执行人名单内，不能适用秒批',
  remedy: '履行法院判决义务并移出名单后可重新申请，或到窗口咨询',
}

const identityValid: Rule = {
  id: 'identity',
  label: '申请人身份证照有效',
  source: SOURCES.licences,
  when: { kind: 'identity-valid' },
  fail: '身份证照{reason}',
  remedy: '请先办理证件换领，电子证照更新后再申请',
}

const inDistrict = (field: string, what: string): Rule => ({
  id: `${field}-in-district`,
  label: `${what}位于番禺区`,
  source: SOURCES.form,
  when: { kind: 'address-in-district', field },
  fail: `${what}“{address}”不在番禺区`,
  remedy: `请向${what}所在区的主管部门申请`,
  unknown: `无法从“{address}”确定${what}是否在番禺区`,
  unknownRemedy: '已转工作人员核实地点，1 个工作日内处理；也可修改地址，写明镇街后重新申请',
})

const townOptions = DISTRICT_TOWNS.map((t) => ({ value: t, label: t }))

const text = (name: string, label: string, placeholder: string, hint?: string): InstantField => ({ name, label, kind: 'text', placeholder, hint, required: true })
const date = (name: string, label: string, dateRange: InstantField['dateRange'], hint?: string): InstantField => ({ name, label, kind: 'date', hint, dateRange, required: true })
/** a display that starts from today, booked up to a year ahead */
const COMING_YEAR = { fromDays: 0, toDays: 365 }

export const INSTANT_RULES: InstantItemRules[] = [
  {
    itemId: 'outdoor-ad-temp',
    target: 'business',
    resultName: '临时户外广告设置许可决定书',
    validity: { untilField: 'endDate' },
    fields: [
      { name: 'adType', label: '广告形式', kind: 'select', required: true, options: [{ value: 'board', label: '展板 / 广告牌' }, { value: 'banner', label: '横幅' }, { value: 'arch', label: '充气拱门' }] },
      { name: 'area', label: '单块面积', kind: 'number', unit: 'm²', required: true, placeholder: '如 6', hint: `秒批上限 ${LIMITS.adBoardMaxM2} m²` },
      date('startDate', '开始日期', COMING_YEAR),
      date('endDate', '结束日期', COMING_YEAR, `设置期限不超过 ${LIMITS.adDisplayMaxDays} 天（含首尾）`),
      text('address', '设置地点', '如：番禺区南村镇兴南大道 368 号门前', '写明镇街和门牌号'),
      { name: 'venueConsent', label: '本人承诺已取得场地所有权人同意设置（告知承诺，免交证明）', kind: 'commitment', required: true },
    ],
    rules: [
      businessLicenceValid,
      enterpriseActive,
      noUnpaidPenalty,
      notDishonest,
      {
        id: 'area',
        label: `单块面积不超过 ${LIMITS.adBoardMaxM2} m²`,
        source: SOURCES.form,
        when: { kind: 'number-max', field: 'area', max: LIMITS.adBoardMaxM2 },
        fail: '单块面积 {value} m² 超过秒批上限 {max} m²',
        remedy: `请把单块面积改为不超过 ${LIMITS.adBoardMaxM2} m² 后重新申请；确需更大的，请到区城管局窗口按一般程序办理`,
      },
      {
        id: 'start-date',
        label: '开始日期不早于今天',
        source: SOURCES.form,
        when: { kind: 'date-not-before-today', field: 'startDate' },
        fail: '开始日期 {date} 早于今天（{today}）',
        remedy: '请选择今天或以后的日期',
      },
      {
        id: 'period',
        label: `设置期限不超过 ${LIMITS.adDisplayMaxDays} 天`,
        source: SOURCES.form,
        when: { kind: 'date-span-max', from: 'startDate', to: 'endDate', maxDays: LIMITS.adDisplayMaxDays },
        fail: '设置期限 {days} 天，超过 {max} 天',
        remedy: `临时户外广告最长设置 ${LIMITS.adDisplayMaxDays} 天，请缩短期限；期满后可再次申请`,
      },
      inDistrict('address', '设置地点'),
      { id: 'venue-consent', label: '已承诺取得场地同意', source: SOURCES.form, when: { kind: 'commitment', field: 'venueConsent' }, fail: '未承诺已取得场地所有权人同意', remedy: '请取得场地所有权人同意后勾选承诺' },
    ],
  },
  {
    itemId: 'drainage-permit',
    target: 'business',
    resultName: '城镇污水排入排水管网许可证',
    validity: { days: 5 * 365 },
    fields: [
      { name: 'activity', label: '排水行为', kind: 'select', required: true, options: [{ value: 'catering', label: '餐饮' }, { value: 'car-wash', label: '洗车' }, { value: 'manufacturing', label: '工业生产' }] },
      { name: 'town', label: '排水户所在镇街', kind: 'select', required: true, options: townOptions },
      text('address', '排水户地址', '如：南村镇兴南大道 368 号'),
      { name: 'dailyVolume', label: '日排水量', kind: 'number', unit: 'm³/日', required: true, placeholder: '如 20', hint: `不超过 ${LIMITS.drainageInstantMaxM3} m³/日 可秒批` },
      { name: 'pretreatment', label: '本单位承诺已按规定建设隔油池等预处理设施（告知承诺）', kind: 'commitment', required: true },
    ],
    rules: [
      businessLicenceValid,
      enterpriseActive,
      {
        id: 'scope',
        label: '经营范围涵盖所申报的排水行为',
        source: SOURCES.market,
        when: { kind: 'scope-covers', field: 'activity' },
        fail: '登记的经营范围不含所申报的排水行为',
        remedy: '请先办理经营范围变更登记，或按实际经营的行为申报',
      },
      {
        id: 'sewer',
        label: '所在镇街已覆盖城镇排水管网',
        source: SOURCES.water,
        when: { kind: 'sewer-covered', field: 'town' },
        fail: '{town}尚未覆盖城镇排水管网',
        remedy: '请联系区水务局了解自建处理设施的要求',
        unknown: '{town}排水管网为部分覆盖，需现场核查接驳条件',
        unknownRemedy: '已转区水务局人工审核，工作人员将联系您约定现场核查',
      },
      {
        id: 'volume',
        label: `日排水量不超过 ${LIMITS.drainageInstantMaxM3} m³`,
        source: SOURCES.form,
        when: { kind: 'number-max-or-manual', field: 'dailyVolume', max: LIMITS.drainageInstantMaxM3 },
        unknown: '日排水量 {value} m³ 超过秒批上限 {max} m³，需人工审查排水方案',
        unknownRemedy: '已转区水务局人工审核，请留意办件进度，可能需补充排水水质检测报告',
      },
      { id: 'pretreatment', label: '已承诺建设预处理设施', source: SOURCES.form, when: { kind: 'commitment', field: 'pretreatment' }, fail: '未承诺已建设预处理设施', remedy: '请先建设隔油池等预处理设施' },
      noUnpaidPenalty,
      notDishonest,
    ],
  },
  {
    itemId: 'weather-cert',
    target: 'both',
    resultName: '气象证明',
    fields: [
      date('date', '证明日期', { fromDays: -3 * 365, toDays: 0 }, '需要证明哪一天的天气'),
      text('place', '事发地点', '如：番禺区市桥街', '写明镇街'),
      { name: 'purpose', label: '用途', kind: 'select', required: true, options: [{ value: 'insurance', label: '保险理赔' }, { value: 'lawsuit', label: '司法诉讼' }, { value: 'construction', label: '工程延期' }, { value: 'other', label: '其他' }] },
    ],
    rules: [
      identityValid,
      {
        id: 'date-past',
        label: '证明日期不晚于今天',
        source: SOURCES.form,
        when: { kind: 'date-not-after-today', field: 'date' },
        fail: '{date} 尚未到来，无法出具气象证明',
        remedy: '请选择今天或以前的日期',
      },
      {
        id: 'archive',
        label: '该日在电子气象档案内',
        source: SOURCES.weather,
        when: { kind: 'date-archived', field: 'date', from: WEATHER_ARCHIVE_FROM },
        unknown: '{date} 早于电子档案（{from} 起），需人工查阅纸质档案',
        unknownRemedy: '已转区气象局人工办理，3 个工作日内出具',
      },
      inDistrict('place', '事发地点'),
    ],
  },
  {
    itemId: 'social-insurance-cert',
    target: 'person',
    resultName: '社会保险参保缴费证明',
    validity: { days: 90 },
    fields: [
      { name: 'months', label: '证明期间', kind: 'select', required: true, options: [{ value: '6', label: '近 6 个月' }, { value: '12', label: '近 12 个月' }, { value: '24', label: '近 24 个月' }, { value: '60', label: '近 60 个月' }] },
      { name: 'purpose', label: '用途', kind: 'select', required: true, options: [{ value: 'housing', label: '购房' }, { value: 'school', label: '子女入学' }, { value: 'hukou', label: '入户' }, { value: 'other', label: '其他' }] },
    ],
    rules: [
      identityValid,
      {
        id: 'insured',
        label: '在本市有参保记录',
        source: SOURCES.insurance,
        when: { kind: 'insured' },
        fail: '未查询到您在广州市的参保记录',
        remedy: '如在外市参保，请向参保地社保经办机构申请；如有疑问请拨打 12333',
      },
      {
        id: 'arrears',
        label: '证明期间无欠缴月份',
        source: SOURCES.insurance,
        when: { kind: 'no-arrears', monthsField: 'months' },
        unknown: '近 {months} 个月内有 {count} 个月欠缴，需人工核对缴费记录',
        unknownRemedy: '已转社保经办人员核对，1 个工作日内出具；也可先补缴',
      },
    ],
  },
  {
    itemId: 'elder-card',
    target: 'person',
    resultName: '广东省老年人优待证（电子证）',
    fields: [
      { name: 'delivery', label: '领取方式', kind: 'select', required: true, options: [{ value: 'e-card', label: '仅电子证' }, { value: 'post', label: '电子证 + 邮寄实体卡' }, { value: 'counter', label: '电子证 + 窗口领取实体卡' }] },
    ],
    rules: [
      identityValid,
      {
        id: 'age',
        label: `年满 ${LIMITS.elderAge} 周岁`,
        source: SOURCES.police,
        when: { kind: 'age-min', years: LIMITS.elderAge },
        fail: '您今年 {age} 周岁，年满 {years} 周岁方可办理',
        remedy: '满 60 周岁后可再申请；为家中老人办理，请用老人本人的账号申请',
        unknown: '无法确定年龄，需人工核验',
      },
      {
        id: 'hukou',
        label: '本区户籍',
        source: SOURCES.police,
        when: { kind: 'hukou-in-district' },
        unknown: '未查询到本区户籍，持本区居住证的老人需人工核验',
        unknownRemedy: '已转区民政局人工审核，请留意办件进度',
      },
      {
        id: 'photo',
        label: '已有证件照片',
        source: SOURCES.police,
        when: { kind: 'photo-on-file' },
        unknown: '未调取到证件照片，需人工补采',
        unknownRemedy: '工作人员将联系您补采照片',
      },
    ],
  },
]

export function instantRules(itemId: string): InstantItemRules | undefined {
  return INSTANT_RULES.find((r) => r.itemId === itemId)
}

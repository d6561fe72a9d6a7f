import type { ServiceItem } from '../../src/contract'

/**
 * Which generated items sit in which theme, as data a reviewer can read: an item is in a theme when its
 * target fits the theme's group (personal themes hold residents' items, business and industry themes hold
 * businesses') and its name holds a word of every list in `all`, and none of `not`.
 * Real items (REAL_ITEMS) keep the themes written beside them.
 */
export interface ThemeRule {
  all: string[][]
  not?: string[]
}

const EXIT = ['注销']
const CHANGE = ['变更', '信息更正']

export const THEME_RULES: Record<string, ThemeRule> = {
  // 个人生命周期
  'p-identity': { all: [['身份证', '居住证', '户口', '户籍', '出入境', '通行证', '驾驶证', '机动车登记', '犬只']] },
  'p-birth': { all: [['出生', '生育', '母婴', '预防接种', '计划生育', '独生子女']] },
  'p-education': { all: [['入学', '转学', '学籍', '学生资助', '学历', '特殊教育', '残疾人教育']] },
  'p-qualification': { all: [['资格', '职业技能', '执业注册', '普通话', '职称', '特种作业', '保安员证', '驾驶员证', '盲人医疗按摩']] },
  'p-employment': { all: [['就业', '失业', '创业', '退役', '技能培训', '人才引进', '抚恤', '军人', '军休', '光荣牌', '烈士', '随军', '义务兵', '摊贩']] },
  'p-marriage': { all: [['结婚', '离婚', '婚姻']] },
  'p-housing': { all: [['住房', '公积金', '租赁', '加装电梯', '不动产', '宅基地', '房屋安全', '无障碍改造', '征地补偿', '危房', '住房困难']] },
  'p-social': { all: [['社会保障', '社保', '医保', '养老保险', '失业保险', '工伤', '医疗费用', '医疗救助', '护理保险', '护理补贴', '救助', '最低生活', '特困', '残疾', '参保', '异地就医', '门诊', '大病', '家庭医生', '孤儿', '无人抚养', '低收入', '困难群众', '精神障碍', '优抚']] },
  'p-retirement': { all: [['养老', '老年人', '退休', '殡葬', '托养']] },
  // 企业生命周期
  'b-setup': { all: [['企业登记', '个体工商户登记', '税务登记', '发票', '印章', '单位登记', '社会团体登记', '民办非企业']], not: [...EXIT, ...CHANGE, '延续'] },
  'b-change': { all: [CHANGE, ['企业', '个体', '税务', '资质', '社会团体', '民办非企业', '单位']] },
  'b-operation': { all: [['许可', '经营', '特许', '养老机构']], not: [...EXIT, '规划', '施工', '采伐', '超限', '道路占用', '公路用地', '预售', '临时排水', '采砂', '取水', '建筑垃圾'] },
  'b-investment': { all: [['项目', '建设用地', '规划许可', '节能审查', '招标', '投资', '临时用地', '土地']], not: ['体育项目'] },
  'b-tax': { all: [['税', '发票', '社保费']] },
  'b-hr': { all: [['劳务派遣', '人力资源', '就业登记', '稳岗', '参保', '公积金单位', '缴存', '人才', '工伤', '技能', '公积金']] },
  'b-exit': { all: [EXIT, ['企业', '个体', '许可', '税务', '经营', '资质', '社会团体', '民办非企业', '单位登记']] },
  // 行业
  'i-enterprise': { all: [['企业', '商标', '股权', '动产抵押', '计量', '气象', '雷', '信用', '价格认定', '气球', '人工影响天气']], not: ['民办非企业', '不动产'] },
  'i-construction': { all: [['建设工程', '建筑', '施工', '竣工', '排水', '规划', '消防', '电梯', '道路', '建筑垃圾', '燃气', '物业', '测绘', '地质灾害', '特种设备', '供水设施', '地名', '绿化', '树木', '照明']], not: ['运输'] },
  'i-medical': { all: [['医疗机构', '医师', '护士', '药品', '医疗器械', '放射', '诊疗', '义诊', '母婴保健', '职业健康', '定点医药', '盲人按摩']], not: ['非药品'] },
  'i-catering': { all: [['食品', '餐饮', '酒类', '公共场所卫生']] },
  'i-transport': { all: [['运输', '出租汽车', '网约车', '驾驶员培训', '机动车维修', '港口', '公交', '客运', '超限', '公路']] },
  'i-education': { all: [['办学', '幼儿园', '校外培训', '教师', '培训机构', '驾驶员培训']] },
  'i-culture': { all: [['娱乐', '演出', '网吧', '旅行社', '出版', '印刷', '体育', '文物', '广播电视', '艺术品', '游艺', '旅馆']] },
  'i-agriculture': { all: [['农药', '兽药', '动物防疫', '种子', '渔业', '水产', '农机', '屠宰', '饲料', '畜禽', '农业', '林木', '取水', '河道', '水土保持', '灌溉', '防洪', '水利', '节水', '洪水', '防汛', '粮', '拖拉机', '耕地']] },
  'i-environment': { all: [['环境', '排污', '危险废物', '辐射', '固体废物', '噪声', '环保', '污染']] },
  'i-chemicals': { all: [['危险化学品', '烟花爆竹', '安全生产', '安全评价', '易制毒', '安全设施', '应急预案', '特种作业', '应急救援']] },
  'i-retail': { all: [['广告', '店招', '摊贩', '对外贸易', '预付卡', '成品油', '再生资源', '拍卖', '二手车', '酒类', '会展', '特许经营', '汽车销售', '药品零售']] },
}

const THEME_IDS = Object.keys(THEME_RULES)

/** Items that sit in no theme, each with the reason (the theme test allows these and no others). */
export const THEMELESS: Record<string, string> = {
  个人所得税综合所得年度汇算: '个人税务没有个人主题（纳税缴费是企业主题），且全程在个人所得税App办理',
}

const fitsGroup = (themeId: string, target: ServiceItem['target']) =>
  themeId.startsWith('p-') ? target !== 'business' : target !== 'person'

/** The rules as regular expressions, built once: a name is tested against each list in one pass. */
const COMPILED = new Map(Object.entries(THEME_RULES).map(([id, rule]) => {
  const anyOf = (words: string[]) => new RegExp(words.join('|'))
  return [id, { all: rule.all.map(anyOf), not: rule.not?.length ? anyOf(rule.not) : null }]
}))

/** Does the rule put an item with this name and target in this theme? */
export function belongsTo(themeId: string, name: string, target: ServiceItem['target']): boolean {
  const rule = COMPILED.get(themeId)
  if (!rule || !fitsGroup(themeId, target)) return false
  return rule.all.every((re) => re.test(name)) && !rule.not?.test(name)
}

/** The themes the rule gives a generated item. */
export function themesOf(name: string, target: ServiceItem['target']): string[] {
  return THEME_IDS.filter((id) => belongsTo(id, name, target))
}

/**
 * The themes a generated item earns: those its name earns with any one of its 情形 (企业登记 with 设立登记
 * opens a business, with 注销登记 closes one), so a theme holds an item when one of its 情形 belongs there.
 */
export function themesOfSituations(name: string, situations: string[], target: ServiceItem['target']): string[] {
  const ids = new Set<string>()
  for (const situation of situations.length ? situations : ['']) for (const id of themesOf(name + situation, target)) ids.add(id)
  return THEME_IDS.filter((id) => ids.has(id))
}

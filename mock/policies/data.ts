import type { PolicyAmount, PolicyCondition, PolicyIndustry, PolicyMaterial } from '../../src/contract'

/**
 * District policies (惠企政策), shaped like the ones the Panyu 优惠政策专区
 * publishes. Deadlines are days from the moment the mock was seeded (its
 * clock's now), so some are open, some closing soon and some closed.
 * Kept compact: this ships in the weapp build with the mock.
 */
export interface PolicySeed {
  id: string
  title: string
  department: string
  summary: string
  basis: string
  industries: PolicyIndustry[]
  conditions: PolicyCondition[]
  amount: PolicyAmount
  /** deadline: end of the day this many days after seeding (negative: already closed) */
  deadlineDays: number
  /** published this many days before seeding */
  publishedDaysAgo: number
  materials: PolicyMaterial[]
  /** 解读: who may apply and how (how much and by when are worked out from the amount and deadline) */
  who: string
  how: string
  /** a line added to 能拿多少 */
  note?: string
}

const LICENCE: PolicyMaterial = { name: '营业执照', source: 'safe', licenceType: 'business-licence' }
const LEGAL_ID: PolicyMaterial = { name: '法定代表人身份证', source: 'safe', licenceType: 'id-card' }
const FORM: PolicyMaterial = { name: '申报表及信用承诺书（在线生成）', source: 'form' }
const TAX: PolicyMaterial = { name: '上年度纳税证明（税务部门共享）', source: 'shared' }
const SOCIAL: PolicyMaterial = { name: '参保缴费明细（人社部门共享）', source: 'shared' }
const FINANCE: PolicyMaterial = { name: '上年度财务报表（统计部门共享）', source: 'shared' }
const CUSTOMS: PolicyMaterial = { name: '出口报关数据（海关共享）', source: 'shared' }
const BASE = [LICENCE, LEGAL_ID, FORM]

const GOOD_CREDIT: PolicyCondition = { field: 'creditRating', op: 'in', values: ['A', 'B', 'M'] }
const NOT_DISHONEST: PolicyCondition = { field: 'creditRating', op: 'in', values: ['A', 'B', 'M', 'C'] }
const SME: PolicyCondition = { field: 'headcount', op: 'lte', value: 300 }

const COMMERCE = '番禺区商务局'
const HR = '番禺区人力资源和社会保障局'
const SCIENCE = '番禺区科学技术局'
const INDUSTRY = '番禺区工业和信息化局'

export const POLICY_SEEDS: PolicySeed[] = [
  {
    id: 'export-credit-insurance', title: '出口信用保险扶持', department: COMMERCE,
    summary: '中小微出口企业投保出口信用保险，按实缴保费给予资助',
    basis: '《番禺区促进外贸高质量发展专项资金管理办法》',
    industries: [], conditions: [{ field: 'exports', op: 'gte', value: 50 }, { field: 'exports', op: 'lte', value: 30000 }, NOT_DISHONEST],
    amount: { kind: 'rate', field: 'exports', rate: 0.0015, cap: 500000 }, deadlineDays: 38, publishedDaysAgo: 40,
    materials: [...BASE, CUSTOMS, { name: '出口信用保险保单及保费发票', source: 'form' }],
    who: '在番禺区登记注册、上年度出口额 50 万元至 3 亿元的中小微出口企业，且不在失信名单上。',
    how: '在线填写申报表，上传保单和保费发票；出口数据由海关共享，无需另交。',
    note: '按实缴保费的 50% 资助，保费一般约为出口额的 0.3%。',
  },
  {
    id: 'catering-consumption', title: '住宿餐饮业促消费扶持', department: COMMERCE,
    summary: '限额以上住宿餐饮企业按上年度营业额分档奖励',
    basis: '《番禺区促进商务高质量发展专项资金管理办法》',
    industries: ['catering', 'accommodation'], conditions: [{ field: 'industry', op: 'in', values: ['catering', 'accommodation'] }, { field: 'revenue', op: 'gte', value: 200 }, GOOD_CREDIT],
    amount: { kind: 'tiered', field: 'revenue', tiers: [{ min: 200, amount: 30000 }, { min: 1000, amount: 80000 }, { min: 5000, amount: 150000 }] }, deadlineDays: 5, publishedDaysAgo: 25,
    materials: [...BASE, { name: '食品经营许可证', source: 'safe', licenceType: 'food-licence' }, FINANCE],
    who: '番禺区内的餐饮、住宿企业，上年度营业额 200 万元以上，纳税信用 M 级及以上。',
    how: '在线申报，附营业执照和食品经营许可证（从数字保险箱调取），营业额由统计部门共享核对。',
  },
  {
    id: 'high-tech-award', title: '高新技术企业认定奖励', department: SCIENCE,
    summary: '首次通过或重新认定的高新技术企业一次性奖励',
    basis: '《番禺区促进科技创新发展若干措施》',
    industries: [], conditions: [{ field: 'highTech', op: 'is', value: true }, { field: 'yearsInOperation', op: 'gte', value: 1 }, NOT_DISHONEST],
    amount: { kind: 'fixed', amount: 200000 }, deadlineDays: 60, publishedDaysAgo: 30,
    materials: [...BASE, TAX, { name: '高新技术企业证书', source: 'form' }],
    who: '持有有效高新技术企业证书、成立满 1 年的企业。',
    how: '上传高新技术企业证书，其余材料从数字保险箱调取。',
  },
  {
    id: 'job-stabilisation', title: '失业保险稳岗返还', department: HR,
    summary: '不裁员或少裁员的参保企业，返还部分失业保险费',
    basis: '《关于做好失业保险稳岗位提技能防失业工作的通知》',
    industries: [], conditions: [{ field: 'insuredStaff', op: 'gte', value: 1 }, NOT_DISHONEST],
    amount: { kind: 'per-unit', field: 'insuredStaff', unit: 500, cap: 3000000 }, deadlineDays: 45, publishedDaysAgo: 20,
    materials: [LICENCE, FORM, SOCIAL],
    who: '在番禺区依法参加失业保险并足额缴费的企业，上年度未裁员或裁员率不高于全国城镇调查失业率控制目标。',
    how: '免申即享式办理：核对对公账户后在线确认即可，参保数据由人社部门共享。',
    note: '中小微企业按上年度实缴失业保险费的 60% 返还，约每名参保员工 500 元。',
  },
  {
    id: 'harmonious-labour', title: '劳动关系和谐企业奖励', department: HR,
    summary: '参保 40 人以上、劳动关系和谐的企业一次性奖励',
    basis: '《番禺区和谐劳动关系创建工作方案》',
    industries: [], conditions: [{ field: 'insuredStaff', op: 'gte', value: 40 }, { field: 'yearsInOperation', op: 'gte', value: 3 }, { field: 'creditRating', op: 'in', values: ['A', 'B'] }],
    amount: { kind: 'fixed', amount: 30000 }, deadlineDays: 24, publishedDaysAgo: 15,
    materials: [...BASE, SOCIAL],
    who: '成立满 3 年、参保员工 40 人以上、纳税信用 B 级及以上、近两年无劳动争议败诉记录的企业。',
    how: '在线申报，镇街劳动保障所实地核查后报区人社局审定。',
  },
  {
    id: 'graduate-hiring', title: '人才引进补贴（吸纳高校毕业生）', department: HR,
    summary: '新招用高校毕业生并缴纳社保的企业，按人数补贴',
    basis: '《番禺区促进高校毕业生就业创业若干措施》',
    industries: [], conditions: [{ field: 'graduateHires', op: 'gte', value: 1 }, { field: 'insuredStaff', op: 'gte', value: 3 }, NOT_DISHONEST],
    amount: { kind: 'per-unit', field: 'graduateHires', unit: 5000, cap: 100000 }, deadlineDays: 52, publishedDaysAgo: 12,
    materials: [...BASE, SOCIAL, { name: '高校毕业生劳动合同', source: 'form' }],
    who: '近一年新招用离校 2 年内高校毕业生、签订 1 年以上劳动合同并为其缴纳社保的企业。',
    how: '在线填写毕业生名单并上传劳动合同，参保记录由人社部门共享核对。',
  },
  {
    id: 'innovation-voucher', title: '科技创新券', department: SCIENCE,
    summary: '中小企业购买研发、检测等科技服务，按合同额给予创新券',
    basis: '《番禺区科技创新券管理办法》',
    industries: [], conditions: [{ field: 'rdExpense', op: 'gte', value: 10 }, SME, NOT_DISHONEST],
    amount: { kind: 'rate', field: 'rdExpense', rate: 0.5, cap: 200000 }, deadlineDays: 30, publishedDaysAgo: 35,
    materials: [...BASE, { name: '科技服务合同及发票', source: 'form' }],
    who: '从业人数 300 人以下、上年度研发投入 10 万元以上的中小企业。',
    how: '先申领创新券，购买科技服务后凭合同和发票兑付。',
  },
  {
    id: 'first-stats-award', title: '首次入统奖励', department: '番禺区统计局',
    summary: '首次纳入规模以上（限额以上）统计的企业一次性奖励',
    basis: '《番禺区促进企业升规纳统奖励办法》',
    industries: [], conditions: [{ field: 'statsStatus', op: 'in', values: ['new'] }, NOT_DISHONEST],
    amount: { kind: 'fixed', amount: 100000 }, deadlineDays: 70, publishedDaysAgo: 10,
    materials: [...BASE, FINANCE],
    who: '本年度首次纳入规上工业、限上商贸或规上服务业统计的企业。',
    how: '入统名单由统计部门共享，企业在线确认并填写对公账户。',
  },
  {
    id: 'specialised-sme', title: '专精特新中小企业奖励', department: INDUSTRY,
    summary: '新认定的省级专精特新中小企业一次性奖励',
    basis: '《番禺区支持中小企业专精特新发展若干措施》',
    industries: ['manufacturing', 'tech'], conditions: [{ field: 'industry', op: 'in', values: ['manufacturing', 'tech'] }, { field: 'yearsInOperation', op: 'gte', value: 2 }, { field: 'rdExpense', op: 'gte', value: 100 }, SME],
    amount: { kind: 'fixed', amount: 100000 }, deadlineDays: 40, publishedDaysAgo: 18,
    materials: [...BASE, { name: '专精特新认定文件', source: 'form' }],
    who: '成立满 2 年的制造业、科技服务业中小企业，上年度研发投入 100 万元以上。',
    how: '上传认定文件在线申报，区工信局审核后拨付。',
  },
  {
    id: 'digital-transformation', title: '中小企业数字化转型补贴', department: INDUSTRY,
    summary: '中小企业上云用数，购买数字化服务给予补贴',
    basis: '《番禺区中小企业数字化转型行动方案》',
    industries: [], conditions: [SME, { field: 'revenue', op: 'lte', value: 40000 }, GOOD_CREDIT],
    amount: { kind: 'fixed', amount: 30000 }, deadlineDays: 12, publishedDaysAgo: 45,
    materials: [...BASE, TAX, { name: '数字化服务合同', source: 'form' }],
    who: '从业人数 300 人以下、营业收入 4 亿元以下、纳税信用 M 级及以上的中小企业。',
    how: '与服务商签约后在线申报，上传合同。',
  },
  {
    id: 'night-economy', title: '夜间经济示范商户扶持', department: COMMERCE,
    summary: '夜间经济集聚区内的餐饮、零售、文旅商户一次性扶持',
    basis: '《番禺区促进夜间经济发展工作方案》',
    industries: ['catering', 'retail', 'culture'], conditions: [{ field: 'industry', op: 'in', values: ['catering', 'retail', 'culture'] }, { field: 'town', op: 'in', values: ['市桥街', '南村镇', '大石街', '小谷围街'] }, NOT_DISHONEST],
    amount: { kind: 'fixed', amount: 20000 }, deadlineDays: 9, publishedDaysAgo: 28,
    materials: [...BASE],
    who: '在市桥、南村（万博）、大石、大学城等夜间经济集聚区经营的餐饮、零售、文旅商户。',
    how: '在线申报，镇街商务部门现场核实夜间营业情况。',
  },
  {
    id: 'bright-kitchen', title: '“明厨亮灶”改造补贴', department: '番禺区市场监督管理局',
    summary: '餐饮单位完成明厨亮灶改造并接入监管平台，给予补贴',
    basis: '《番禺区餐饮服务食品安全提升行动方案》',
    industries: ['catering'], conditions: [{ field: 'industry', op: 'in', values: ['catering'] }, NOT_DISHONEST],
    amount: { kind: 'fixed', amount: 5000 }, deadlineDays: -6, publishedDaysAgo: 90,
    materials: [...BASE, { name: '食品经营许可证', source: 'safe', licenceType: 'food-licence' }],
    who: '持有食品经营许可证的餐饮单位。',
    how: '完成改造并接入“阳光厨房”平台后在线申报。',
  },
  {
    id: 'first-loan-interest', title: '小微企业首贷贴息', department: '番禺区金融工作局',
    summary: '小微企业首次获得银行贷款，给予利息补贴',
    basis: '《番禺区支持小微企业融资若干措施》',
    industries: [], conditions: [{ field: 'headcount', op: 'lte', value: 100 }, { field: 'revenue', op: 'lte', value: 10000 }, GOOD_CREDIT],
    amount: { kind: 'fixed', amount: 20000 }, deadlineDays: 85, publishedDaysAgo: 8,
    materials: [...BASE, { name: '借款合同及付息凭证', source: 'form' }],
    who: '从业人数 100 人以下、营业收入 1 亿元以下的小微企业，首次获得银行贷款。',
    how: '上传借款合同和付息凭证在线申报。',
    note: '按实付利息的 50% 补贴，每家最高 2 万元。',
  },
  {
    id: 'overseas-fair', title: '境外展会参展补贴', department: COMMERCE,
    summary: '出口企业参加境外重点展会，补贴展位费',
    basis: '《番禺区促进外贸高质量发展专项资金管理办法》',
    industries: [], conditions: [{ field: 'exports', op: 'gte', value: 1 }, NOT_DISHONEST],
    amount: { kind: 'fixed', amount: 50000 }, deadlineDays: 20, publishedDaysAgo: 22,
    materials: [...BASE, { name: '展位费发票及参展照片', source: 'form' }],
    who: '有出口实绩、参加区商务局公布的境外重点展会的企业。',
    how: '展会结束后 3 个月内在线申报。',
    note: '按展位费的 70% 补贴，每家最高 5 万元。',
  },
  {
    id: 'cross-border-ecommerce', title: '跨境电商发展扶持', department: COMMERCE,
    summary: '跨境电商企业按上年度出口额分档奖励',
    basis: '《番禺区促进跨境电子商务发展扶持办法》',
    industries: ['trade', 'retail'], conditions: [{ field: 'industry', op: 'in', values: ['trade', 'retail'] }, { field: 'exports', op: 'gte', value: 500 }, GOOD_CREDIT],
    amount: { kind: 'tiered', field: 'exports', tiers: [{ min: 500, amount: 50000 }, { min: 3000, amount: 150000 }, { min: 10000, amount: 300000 }] }, deadlineDays: 33, publishedDaysAgo: 14,
    materials: [...BASE, CUSTOMS],
    who: '经营跨境电商业务、上年度跨境出口额 500 万元以上的外贸、零售企业。',
    how: '在线申报，出口数据由海关共享核对。',
  },
  {
    id: 'tourism-quality', title: '文旅企业提质升级扶持', department: '番禺区文化广电旅游体育局',
    summary: '星级酒店、A 级景区等文旅企业提质升级给予扶持',
    basis: '《番禺区促进文化旅游产业高质量发展扶持办法》',
    industries: ['accommodation', 'culture'], conditions: [{ field: 'industry', op: 'in', values: ['accommodation', 'culture'] }, { field: 'revenue', op: 'gte', value: 500 }, NOT_DISHONEST],
    amount: { kind: 'fixed', amount: 50000 }, deadlineDays: 3, publishedDaysAgo: 50,
    materials: [...BASE, FINANCE],
    who: '上年度营业收入 500 万元以上的住宿、文旅企业。',
    how: '在线申报，附提质升级项目说明。',
  },
  {
    id: 'agri-leader', title: '农业龙头企业奖励', department: '番禺区农业农村局',
    summary: '新认定的市级以上农业龙头企业一次性奖励',
    basis: '《番禺区扶持农业产业化发展办法》',
    industries: ['agriculture'], conditions: [{ field: 'industry', op: 'in', values: ['agriculture'] }, { field: 'revenue', op: 'gte', value: 5000 }, NOT_DISHONEST],
    amount: { kind: 'fixed', amount: 200000 }, deadlineDays: 55, publishedDaysAgo: 16,
    materials: [...BASE, { name: '龙头企业认定文件', source: 'form' }],
    who: '上年度营业收入 5000 万元以上、新认定为市级以上农业龙头企业的农业企业。',
    how: '上传认定文件在线申报。',
  },
  {
    id: 'construction-growth', title: '建筑业企业做大做强奖励', department: '番禺区住房和城乡建设局',
    summary: '建筑业企业按上年度产值分档奖励',
    basis: '《番禺区促进建筑业高质量发展若干措施》',
    industries: ['construction'], conditions: [{ field: 'industry', op: 'in', values: ['construction'] }, { field: 'revenue', op: 'gte', value: 10000 }, GOOD_CREDIT],
    amount: { kind: 'tiered', field: 'revenue', tiers: [{ min: 10000, amount: 100000 }, { min: 50000, amount: 300000 }, { min: 100000, amount: 500000 }] }, deadlineDays: -20, publishedDaysAgo: 100,
    materials: [...BASE, FINANCE],
    who: '在番禺区登记、上年度建筑业总产值 1 亿元以上的建筑业企业。',
    how: '在线申报，产值数据由统计部门共享。',
  },
  {
    id: 'logistics-upgrade', title: '物流企业降本增效扶持', department: '番禺区发展和改革局',
    summary: '物流企业购置新能源货车、建设智慧仓储给予补助',
    basis: '《番禺区推动物流业降本增效实施方案》',
    industries: ['logistics'], conditions: [{ field: 'industry', op: 'in', values: ['logistics'] }, { field: 'yearsInOperation', op: 'gte', value: 1 }, GOOD_CREDIT],
    amount: { kind: 'rate', field: 'revenue', rate: 0.005, cap: 300000 }, deadlineDays: 66, publishedDaysAgo: 6,
    materials: [...BASE, { name: '购置发票或项目验收材料', source: 'form' }],
    who: '成立满 1 年、纳税信用 M 级及以上的物流企业。',
    how: '项目完成后在线申报，附购置发票或验收材料。',
    note: '按投资额的 20% 补助，测算参照上年度营业额的 0.5%，最高 30 万元。',
  },
  {
    id: 'tech-sme-cultivation', title: '高企培育入库补助', department: SCIENCE,
    summary: '尚未认定高新技术企业、纳入培育库的科技型中小企业补助',
    basis: '《番禺区高新技术企业培育工作方案》',
    industries: ['tech', 'manufacturing'], conditions: [{ field: 'industry', op: 'in', values: ['tech', 'manufacturing'] }, { field: 'highTech', op: 'is', value: false }, { field: 'rdExpense', op: 'gte', value: 30 }],
    amount: { kind: 'fixed', amount: 50000 }, deadlineDays: 27, publishedDaysAgo: 9,
    materials: [...BASE, { name: '研发项目立项资料', source: 'form' }],
    who: '尚未认定为高新技术企业、上年度研发投入 30 万元以上的科技、制造业中小企业。',
    how: '在线申报入库，入库后拨付补助。',
  },
]

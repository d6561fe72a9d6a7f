import type { ItemMaterial, ItemSituation, ServiceItem } from '../../src/contract'
import { seededRandom } from '../ids'
import { DEPARTMENTS } from './departments'
import { KINDS, planSubject, SITUATION_EN, type SituationRule } from './grid-rules'
import { m, MATERIALS, type RealItemSeed } from './materials'
import { NATIONAL_ITEMS, NATIONAL_ITEM_NAMES_EN } from './national-items'
import { themesOfSituations } from './theme-rules'

export { LICENCE_TYPES, MATERIALS } from './materials'

/**
 * Items used by bundles and instant approvals: their real names, departments,
 * materials and time limits (from the seeds and Panyu's published guides).
 */
export const REAL_ITEMS: RealItemSeed[] = [
  // 新生儿出生一件事
  { id: 'birth-medical-cert', name: '出生医学证明签发', departmentId: 'wjj', themeIds: ['p-birth'], materials: [MATERIALS.parentsId, MATERIALS.marriage], timeLimitDays: 0, keywords: ['新生儿', '出生证'] },
  { id: 'birth-hukou', name: '出生登记（新生儿入户）', departmentId: 'gaj', themeIds: ['p-birth', 'p-identity'], materials: [MATERIALS.birthCert, MATERIALS.hukou, MATERIALS.parentsId, MATERIALS.marriage], timeLimitDays: 1, keywords: ['新生儿', '上户口', '入户'] },
  { id: 'birth-medical-insurance', name: '城乡居民医保参保登记（新生儿）', departmentId: 'ybj', themeIds: ['p-birth', 'p-social'], materials: [MATERIALS.birthCert, MATERIALS.hukou], timeLimitDays: 0, keywords: ['新生儿', '医保'] },
  { id: 'birth-ss-card', name: '社会保障卡申领（新生儿）', departmentId: 'rsj', themeIds: ['p-birth', 'p-social'], materials: [MATERIALS.birthCert, MATERIALS.hukou, MATERIALS.photo], timeLimitDays: 5, keywords: ['社保卡', '新生儿'] },
  { id: 'birth-vaccine', name: '预防接种证办理', departmentId: 'wjj', themeIds: ['p-birth'], materials: [MATERIALS.birthCert], timeLimitDays: 0, keywords: ['疫苗', '接种'] },
  // 排水许可一件事
  { id: 'drainage-permit', name: '城镇污水排入排水管网许可', departmentId: 'swj', themeIds: ['i-construction', 'i-catering', 'b-operation'], target: 'business', instant: true, materials: [MATERIALS.businessLicence, MATERIALS.drainagePlan, MATERIALS.waterReport], timeLimitDays: 5, keywords: ['排水许可', '排水证', '污水'], conditions: ['排水户位于本区城镇排水设施覆盖范围内', '已按规定建设预处理设施'] },
  { id: 'drainage-connection', name: '排水接驳核准', departmentId: 'swj', themeIds: ['i-construction'], target: 'business', materials: [MATERIALS.businessLicence, MATERIALS.drainagePlan], timeLimitDays: 5, keywords: ['接驳', '排水'] },
  { id: 'temp-drainage', name: '临时排水许可（施工作业）', departmentId: 'swj', themeIds: ['i-construction'], target: 'business', materials: [MATERIALS.businessLicence, MATERIALS.drainagePlan], timeLimitDays: 5, keywords: ['临时排水', '工地排水'] },
  // 既有住宅加装电梯一件事
  { id: 'lift-planning', name: '既有住宅加装电梯规划许可', departmentId: 'ghzyj', themeIds: ['p-housing', 'i-construction'], materials: [MATERIALS.idCard, MATERIALS.property, MATERIALS.ownersConsent, MATERIALS.liftPlan], timeLimitDays: 10, keywords: ['加装电梯', '旧楼电梯'] },
  { id: 'lift-construction', name: '既有住宅加装电梯施工登记', departmentId: 'zjj', themeIds: ['p-housing', 'i-construction'], materials: [MATERIALS.idCard, MATERIALS.liftPlan, MATERIALS.liftContract], timeLimitDays: 5, keywords: ['加装电梯', '施工'] },
  { id: 'lift-registration', name: '电梯使用登记', departmentId: 'scjgj', themeIds: ['p-housing'], materials: [MATERIALS.idCard, MATERIALS.liftContract], timeLimitDays: 5, keywords: ['电梯', '特种设备'] },
  { id: 'lift-fire-filing', name: '建设工程消防验收备案（加装电梯）', departmentId: 'zjj', themeIds: ['i-construction'], materials: [MATERIALS.idCard, MATERIALS.liftPlan], timeLimitDays: 5, keywords: ['消防', '加装电梯'] },
  { id: 'lift-subsidy', name: '既有住宅加装电梯财政补贴', departmentId: 'zjj', themeIds: ['p-housing'], materials: [MATERIALS.idCard, MATERIALS.liftContract], timeLimitDays: 20, keywords: ['电梯补贴'] },
  // 企业开办一件事
  { id: 'company-registration', name: '企业设立登记', departmentId: 'scjgj', themeIds: ['b-setup', 'i-enterprise'], target: 'business', materials: [MATERIALS.idCard, MATERIALS.articles, MATERIALS.addressProof], timeLimitDays: 1, keywords: ['开公司', '注册公司', '营业执照'] },
  { id: 'company-seal', name: '公章刻制备案', departmentId: 'gaj', themeIds: ['b-setup'], target: 'business', materials: [MATERIALS.businessLicence, MATERIALS.idCard], timeLimitDays: 1, keywords: ['刻章', '公章'] },
  { id: 'company-invoice', name: '发票领用', departmentId: 'swuj', themeIds: ['b-setup', 'b-tax'], target: 'business', materials: [MATERIALS.businessLicence, MATERIALS.idCard], timeLimitDays: 1, keywords: ['发票', '税控'] },
  { id: 'company-social-insurance', name: '单位参保登记', departmentId: 'rsj', themeIds: ['b-setup', 'b-hr'], target: 'business', materials: [MATERIALS.businessLicence, MATERIALS.staffList], timeLimitDays: 1, keywords: ['社保开户', '参保'] },
  { id: 'company-housing-fund', name: '住房公积金单位缴存登记', departmentId: 'gjj', themeIds: ['b-setup', 'b-hr'], target: 'business', materials: [MATERIALS.businessLicence, MATERIALS.staffList], timeLimitDays: 1, keywords: ['公积金开户'] },
  // 扶残助残一件事
  { id: 'disability-card', name: '残疾人证办理', departmentId: 'cl', themeIds: ['p-social'], materials: [MATERIALS.idCard, MATERIALS.hukou, MATERIALS.photo, MATERIALS.medicalReport], timeLimitDays: 20, keywords: ['残疾证'] },
  { id: 'disability-living-subsidy', name: '困难残疾人生活补贴', departmentId: 'cl', themeIds: ['p-social'], materials: [MATERIALS.idCard, MATERIALS.incomeProof], timeLimitDays: 20, keywords: ['两项补贴', '残疾补贴'] },
  { id: 'disability-care-subsidy', name: '重度残疾人护理补贴', departmentId: 'cl', themeIds: ['p-social'], materials: [MATERIALS.idCard], timeLimitDays: 20, keywords: ['两项补贴', '护理补贴'] },
  // 入学一件事
  { id: 'school-enrolment', name: '义务教育阶段入学报名', departmentId: 'jyj', themeIds: ['p-education'], materials: [MATERIALS.hukou, MATERIALS.parentsId, MATERIALS.residenceProof], timeLimitDays: 15, keywords: ['入学', '小学', '学位'] },
  { id: 'residence-permit', name: '居住证申领', departmentId: 'gaj', themeIds: ['p-identity'], materials: [MATERIALS.idCard, MATERIALS.residenceProof, MATERIALS.photo], timeLimitDays: 10, keywords: ['居住证'] },
  // 军人退役一件事
  { id: 'veteran-settle', name: '退役士兵接收安置', departmentId: 'tyjrj', themeIds: ['p-employment'], materials: [MATERIALS.idCard, MATERIALS.dischargeCert], timeLimitDays: 10, keywords: ['退役', '安置'] },
  { id: 'veteran-hukou', name: '退役士兵户口登记', departmentId: 'gaj', themeIds: ['p-identity'], materials: [MATERIALS.idCard, MATERIALS.dischargeCert, MATERIALS.hukou], timeLimitDays: 1, keywords: ['退役', '落户'] },
  { id: 'veteran-insurance', name: '退役军人养老保险关系接续', departmentId: 'rsj', themeIds: ['p-social'], materials: [MATERIALS.idCard, MATERIALS.dischargeCert], timeLimitDays: 15, keywords: ['退役', '社保接续'] },
  { id: 'veteran-card', name: '退役军人优待证申领', departmentId: 'tyjrj', themeIds: ['p-employment'], materials: [MATERIALS.idCard, MATERIALS.photo], timeLimitDays: 20, keywords: ['优待证'] },
  // 婚育登记一件事
  { id: 'marriage-registration', name: '内地居民结婚登记', departmentId: 'mzj', themeIds: ['p-marriage'], materials: [MATERIALS.idCard, MATERIALS.hukou, MATERIALS.photo], timeLimitDays: 0, keywords: ['领证', '结婚'], cloudWindow: false },
  { id: 'birth-registration', name: '生育登记', departmentId: 'wjj', themeIds: ['p-birth', 'p-marriage'], materials: [MATERIALS.parentsId, MATERIALS.marriage], timeLimitDays: 0, keywords: ['生育', '准生证'] },
  // 危化经营一件事
  { id: 'hazchem-licence', name: '危险化学品经营许可证核发', departmentId: 'yjglj', themeIds: ['i-chemicals'], target: 'business', materials: [MATERIALS.businessLicence, MATERIALS.safetyRules, MATERIALS.storagePlan], timeLimitDays: 20, keywords: ['危化品', '危险化学品'] },
  { id: 'hazchem-emergency-plan', name: '生产经营单位应急预案备案', departmentId: 'yjglj', themeIds: ['i-chemicals'], target: 'business', materials: [MATERIALS.businessLicence, MATERIALS.safetyRules], timeLimitDays: 5, keywords: ['应急预案'] },
  // 林木采伐 / 立项备案 / 义诊
  { id: 'tree-felling', name: '林木采伐许可证核发', departmentId: 'ghzyj', themeIds: ['i-agriculture'], materials: [MATERIALS.idCard, MATERIALS.fellingPlan], timeLimitDays: 10, keywords: ['砍树', '采伐证'] },
  { id: 'project-filing', name: '企业投资项目备案', departmentId: 'fgj', themeIds: ['b-investment'], target: 'business', materials: [MATERIALS.businessLicence, MATERIALS.projectInfo], timeLimitDays: 1, keywords: ['立项', '备案证'] },
  { id: 'free-clinic-filing', name: '义诊活动备案', departmentId: 'wjj', themeIds: ['i-medical'], target: 'business', materials: [MATERIALS.businessLicence, MATERIALS.clinicPlan], timeLimitDays: 5, keywords: ['义诊'] },
  // 秒批
  { id: 'outdoor-ad-temp', name: '临时户外广告设置审批', departmentId: 'cgj', themeIds: ['i-retail', 'b-operation'], target: 'business', instant: true, materials: [MATERIALS.businessLicence, MATERIALS.adDesign, MATERIALS.venueConsent], timeLimitDays: 5, keywords: ['广告牌', '横幅', '户外广告'], conditions: ['设置期限不超过30日', '单块面积不超过规定上限', '设置地点位于本区'] },
  { id: 'weather-cert', name: '气象证明', departmentId: 'qxj', themeIds: ['i-enterprise'], target: 'both', instant: true, materials: [MATERIALS.idCard], timeLimitDays: 3, keywords: ['天气证明', '气象灾害证明'] },
  { id: 'social-insurance-cert', name: '社会保险参保缴费证明', departmentId: 'rsj', themeIds: ['p-social'], target: 'person', instant: true, materials: [MATERIALS.idCard], timeLimitDays: 0, keywords: ['社保证明', '参保证明'] },
  { id: 'elder-card', name: '老年人优待证办理', departmentId: 'mzj', themeIds: ['p-retirement'], target: 'person', instant: true, materials: [MATERIALS.idCard, MATERIALS.photo], timeLimitDays: 5, keywords: ['老人证', '敬老卡'] },
  // 开办餐饮店 / 企业注销 (企业生命周期的两头)
  { id: 'food-licence', name: '食品经营许可证核发', departmentId: 'scjgj', themeIds: ['b-operation', 'i-catering'], target: 'business', materials: [MATERIALS.businessLicence, MATERIALS.idCard, MATERIALS.storagePlan, MATERIALS.safetyRules], timeLimitDays: 10, keywords: ['食品经营许可', '餐饮许可', '卫生许可'] },
  { id: 'company-deregistration', name: '企业注销登记', departmentId: 'scjgj', themeIds: ['b-exit'], target: 'business', materials: [MATERIALS.businessLicence, MATERIALS.idCard, MATERIALS.applicationForm], timeLimitDays: 3, keywords: ['注销公司', '简易注销'] },
  // the other 一件事 bundles (national list and the district's own)
  ...NATIONAL_ITEMS,
]

/** English names of the real items (shown and searched when the app is in English); generated items take theirs from SUBJECT_EN. */
const ITEM_NAMES_EN: Record<string, string> = {
  'birth-medical-cert': 'Birth medical certificate',
  'birth-hukou': 'Birth registration (household register)',
  'birth-medical-insurance': 'Medical insurance for a newborn',
  'birth-ss-card': 'Social security card for a newborn',
  'birth-vaccine': 'Vaccination record',
  'drainage-permit': 'Permit to discharge sewage into the drainage network',
  'drainage-connection': 'Drainage connection approval',
  'temp-drainage': 'Temporary drainage permit (construction)',
  'lift-planning': 'Planning permit for a lift in an existing building',
  'lift-construction': 'Construction registration for a lift in an existing building',
  'lift-registration': 'Lift use registration',
  'lift-fire-filing': 'Fire-safety acceptance filing (added lift)',
  'lift-subsidy': 'Subsidy for a lift in an existing building',
  'company-registration': 'Company registration',
  'company-seal': 'Company seal filing',
  'company-invoice': 'Invoices for a business',
  'company-social-insurance': 'Employer social insurance registration',
  'company-housing-fund': 'Employer housing fund registration',
  'disability-card': 'Disability card',
  'disability-living-subsidy': 'Living subsidy for people with disabilities in hardship',
  'disability-care-subsidy': 'Care subsidy for people with severe disabilities',
  'school-enrolment': 'Primary and middle school enrolment',
  'residence-permit': 'Residence permit',
  'veteran-settle': 'Veteran resettlement',
  'veteran-hukou': 'Veteran household registration',
  'veteran-insurance': 'Pension transfer for veterans',
  'veteran-card': 'Veteran preferential card',
  'marriage-registration': 'Marriage registration',
  'birth-registration': 'Birth planning registration',
  'hazchem-licence': 'Hazardous chemicals trading licence',
  'hazchem-emergency-plan': 'Emergency plan filing',
  'tree-felling': 'Tree felling permit',
  'project-filing': 'Investment project filing',
  'free-clinic-filing': 'Free clinic event filing',
  'outdoor-ad-temp': 'Temporary outdoor advertising approval',
  'weather-cert': 'Weather certificate',
  'social-insurance-cert': 'Social insurance payment certificate',
  'elder-card': 'Senior citizen card',
  'food-licence': 'Food business licence (first issue)',
  'company-deregistration': 'Company deregistration',
  ...NATIONAL_ITEM_NAMES_EN,
}

const FEES = ['不收费', '不收费', '不收费', '工本费 20 元', '按标准收费']

let cache: ServiceItem[] | null = null

const CONDITIONS = ['申请人符合本事项法定条件', '材料真实、完整、有效']

/**
 * The whole catalogue: the real items, then one item per department subject with its 情形 (grid-rules.ts).
 * Deterministic: the same ids every run. A generated item's id is `${dept}-${subject index}-0-${p|b}`
 * (the id the old grid gave the subject's 申请 row: bookmarks and bundles keep working).
 */
export function catalogue(): ServiceItem[] {
  if (cache) return cache
  const deptName = new Map(DEPARTMENTS.map((d) => [d.id, d.name]))
  const items: ServiceItem[] = REAL_ITEMS.map((seed) => {
    const materials = seed.materials
    return {
      id: seed.id,
      name: seed.name,
      nameEn: ITEM_NAMES_EN[seed.id],
      departmentId: seed.departmentId,
      department: deptName.get(seed.departmentId) ?? seed.departmentId,
      themeIds: seed.themeIds,
      target: seed.target ?? 'person',
      materials,
      conditions: seed.conditions ?? CONDITIONS,
      timeLimitDays: seed.timeLimitDays,
      fee: seed.fee ?? '不收费',
      instant: seed.instant ?? false,
      bookable: true,
      online: true,
      noCertificate: materials.every((mat) => !!mat.licenceType),
      commitment: materials.some((mat) => mat.commitmentAllowed),
      deferrable: materials.some((mat) => mat.deferrable),
      cloudWindow: false,
      level: TOWN_REAL_ITEMS.has(seed.id) ? 'town' : 'district',
      keywords: seed.keywords,
    }
  })
  const realNames = new Set(items.map((item) => item.name))
  const random = seededRandom(4469)
  for (const dept of DEPARTMENTS) {
    dept.subjects.forEach((subject, si) => {
      const r = random()
      const fee = FEES[Math.floor(random() * FEES.length)]
      const plan = planSubject(subject)
      // a subject that is a 情形 of another item, or a real item already under this name
      if (!plan || realNames.has(plan.name)) return
      const kind = KINDS[plan.kind]
      const id = `${dept.id}-${si}-0-${plan.who === 'business' ? 'b' : 'p'}`
      const needsLicence = plan.who === 'business' ? MATERIALS.businessLicence : MATERIALS.idCard
      const base: ItemMaterial[] = [needsLicence, MATERIALS.applicationForm]
      if (r > 0.6) base.push(m(`mat-${dept.id}-${si}`, `${subject}相关证明材料`, { deferrable: r > 0.8, commitmentAllowed: r > 0.9 }))
      const timeLimitDays = [1, 3, 5, 10, 15, 20][Math.floor(r * 6)]
      const situations: ItemSituation[] = kind.situations.map((rule: SituationRule) => ({
        id: rule.code,
        name: rule.name,
        nameEn: SITUATION_EN[rule.name],
        bookable: rule.access === 'book',
        ...(rule.access !== 'book' ? { notBookableReason: rule.access === 'online' ? 'online' as const : 'self-service' as const } : {}),
        materials: rule.instant ? [needsLicence] : rule.extra ? [...base, m(`mat-${dept.id}-${si}-${rule.code}`, rule.extra)] : base,
        timeLimitDays: rule.instant ? 0 : timeLimitDays,
        fee: rule.instant ? '不收费' : fee,
      }))
      const first = situations.find((x) => x.bookable) ?? situations[0]
      items.push({
        id,
        name: plan.name,
        nameEn: plan.nameEn,
        departmentId: dept.id,
        department: dept.name,
        themeIds: themesOfSituations(plan.name, situations.map((x) => x.name), plan.who),
        target: plan.who,
        materials: first.materials,
        conditions: CONDITIONS,
        timeLimitDays: first.timeLimitDays,
        fee: first.fee,
        instant: false,
        bookable: true,
        online: r < 0.75 || situations.some((x) => x.notBookableReason === 'online'),
        noCertificate: first.materials.length === 1,
        commitment: r > 0.9,
        deferrable: r > 0.8,
        cloudWindow: false,
        level: TOWN_SUBJECTS.has(subject) ? 'town' : 'district',
        situations,
        // the subject as people know it (临时身份证 for 临时居民身份证办理), and each 情形 (补领, 注销 …)
        keywords: [...(plan.name.includes(subject) ? [] : [subject]), ...situations.map((x) => x.name)],
      })
    })
  }
  settleBookable(items)
  markCloudWindow(items)
  cache = items
  return items
}

/** Seed figure: 4,469 办理项 can be booked (智能预约), counted as bookableCount() says. */
export const BOOKABLE_ITEMS = 4469
/** Seed figure: 66 items (26 district + 40 town) on the Saturday-morning 云窗口. */
export const CLOUD_WINDOW_ITEMS = 66
export const CLOUD_WINDOW_DISTRICT = 26
export const CLOUD_WINDOW_TOWN = 40
/** 镇街便民服务中心 in the district: a town-level 办理项 is on each one's 实施清单. */
export const TOWN_CENTRES = 16

/** 办理项 of an item: its 情形, or the item itself when it has none. */
export const handlingItems = (item: ServiceItem) => (item.situations?.length ? item.situations : [item])

/**
 * The seed's "全区4469个事项实现智能预约", counted the way Guangdong's 实施清单 counts: bookable 办理项
 * (an item's bookable 情形, or the item when it has none), a district-level one once, a town-level one once
 * per 镇街便民服务中心 (each of the 16 lists it as its own 事项).
 */
export function bookableCount(items: ServiceItem[] = catalogue()): { district: number; town: number; total: number } {
  let district = 0
  let town = 0
  for (const item of items) {
    const n = handlingItems(item).filter((h) => h.bookable).length
    if (item.level === 'town') town += n
    else district += n
  }
  return { district, town, total: district + town * TOWN_CENTRES }
}

/**
 * Until the count is the seed's 4,469: district 情形 that change or extend a record are 全程网办 (网上变更、
 * 延期), in catalogue order. An item is bookable when one of its 情形 is; one none of whose 情形 can be booked
 * says why: as its first 情形 is done (证明 printed at a 政务晓屋: 自助办; 个税汇算: 全程网办).
 */
function settleBookable(items: ServiceItem[]): void {
  let excess = bookableCount(items).total - BOOKABLE_ITEMS
  // 网上办: a town 情形 that only updates a record (待遇信息变更、年度复核) counts 16 at a time; a district one 1
  const online = (level: 'town' | 'district', codes: RegExp, weight: number) => {
    for (const item of items) {
      if (excess < weight) return
      if ((item.level ?? 'district') !== level || !item.situations) continue
      for (const situation of item.situations) {
        if (excess < weight) return
        if (!situation.bookable || !codes.test(situation.id)) continue
        situation.bookable = false
        situation.notBookableReason = 'online'
        excess -= weight
      }
    }
  }
  online('town', /^(review|change)$/, TOWN_CENTRES)
  online('district', /^(change|extend|renew)/, 1)
  for (const item of items) {
    if (!item.situations) continue
    item.bookable = item.situations.some((x) => x.bookable)
    if (!item.bookable) {
      item.notBookableReason = item.situations[0].notBookableReason ?? 'online'
      item.online = true
    }
  }
}

/**
 * 云窗口 (seed): 内资有限责任公司设立、变更登记等 26 项区级 and 企业职工基本养老金申领等 40 项镇街 items, bookable
 * on Saturday mornings. District: CLOUD_DISTRICT_IDS; town: the first 40 bookable town-level items, 人社 and 医保 first.
 */
function markCloudWindow(items: ServiceItem[]): void {
  const district = new Set(CLOUD_DISTRICT_IDS)
  for (const item of items) if (district.has(item.id) && item.bookable) item.cloudWindow = true
  const order = ['rsj', 'ybj', 'mzj', 'cl', 'wjj', 'tyjrj', 'zjj', 'gjj', 'nyncj']
  const rank = (item: ServiceItem) => { const i = order.indexOf(item.departmentId); return i < 0 ? order.length : i }
  const town = items.filter((item) => item.level === 'town' && item.bookable).sort((a, b) => rank(a) - rank(b))
  for (const item of town.slice(0, CLOUD_WINDOW_TOWN)) item.cloudWindow = true
}

/** The 26 district items on the 云窗口: 市监 company registrations first (seed), then 人社、医保 and the births. */
export const CLOUD_DISTRICT_IDS = [
  'company-registration', 'company-seal', 'company-invoice', 'company-social-insurance', 'company-housing-fund', 'food-licence',
  'scjgj-0-0-b', 'scjgj-1-0-b', 'scjgj-2-0-b', 'scjgj-3-0-b', 'scjgj-4-0-b', 'scjgj-9-0-b', 'scjgj-10-0-b', 'scjgj-11-0-b',
  'rsj-4-0-p', 'rsj-5-0-b', 'rsj-6-0-b', 'rsj-7-0-p', 'rsj-9-0-b', 'rsj-10-0-p',
  'ybj-1-0-p', 'ybj-8-0-b',
  'birth-hukou', 'birth-medical-insurance', 'birth-ss-card', 'social-insurance-cert',
]

/** Subjects the 镇街便民服务中心 handle (社保、医保、民政、残联、卫健、退役军人 at the town's counters). */
export const TOWN_SUBJECTS = new Set([
  '社会保障卡', '养老保险关系', '失业保险金', '就业登记', '创业补贴', '企业职工基本养老金', '技能培训补贴',
  '城乡居民医保参保', '异地就医备案', '医保关系转移', '医疗费用零星报销', '生育医疗费用', '医疗救助', '门诊特定病种', '长期护理保险', '大病保险',
  '生育登记', '计划生育奖励', '预防接种证',
  '最低生活保障', '特困人员供养', '临时救助', '老年人优待证', '殡葬服务',
  '公共租赁住房', '住房租赁补贴',
  '困难残疾人生活补贴', '重度残疾人护理补贴', '残疾人辅助器具', '残疾人就业', '残疾儿童康复救助', '残疾人托养', '无障碍改造', '残疾人教育补助', '残疾人机动轮椅车燃油补贴',
  '退役军人优待证', '抚恤补助', '光荣牌悬挂', '自主就业一次性经济补助', '优抚对象医疗保障',
  '农村宅基地', '农机购置补贴', '自然灾害救助',
  '城乡居民养老保险', '灵活就业人员参保', '失业登记', '就业困难人员认定', '高校毕业生就业补贴', '被征地农民养老保障',
  '城乡居民医保缴费', '灵活就业人员医保参保', '孤儿基本生活保障', '事实无人抚养儿童生活补贴', '低收入家庭认定', '困难群众价格临时补贴',
  '经济困难老年人服务补贴', '独生子女父母光荣证', '计划生育特别扶助', '家庭医生签约', '残疾人职业培训补贴', '精神障碍患者监护补贴',
  '退役军人信息采集', '义务兵家庭优待金', '优抚对象定期抚恤', '耕地地力保护补贴', '农村危房改造', '城镇住房困难家庭认定',
])

/** Real items the 镇街便民服务中心 handle. */
export const TOWN_REAL_ITEMS = new Set(['dibao', 'temp-relief', 'elder-card', 'elder-allowance', 'home-care', 'disability-living-subsidy', 'disability-care-subsidy'])

export function itemById(id: string): ServiceItem | undefined {
  return catalogueIndex().get(id)
}

let indexCache: Map<string, ServiceItem> | null = null
function catalogueIndex(): Map<string, ServiceItem> {
  if (!indexCache) indexCache = new Map(catalogue().map((item) => [item.id, item]))
  return indexCache
}

import type { ItemMaterial, ServiceItem } from '../../src/contract'
import { seededRandom } from '../ids'
import { ACTIONS, APPLICANTS, DEPARTMENTS } from './departments'
import { m, MATERIALS, type RealItemSeed } from './materials'
import { NATIONAL_ITEMS, NATIONAL_ITEM_NAMES_EN } from './national-items'
import { themesOfParts } from './theme-rules'

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

/** English names of the real items (shown and searched when the app is in English); generated items have none. */
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
  'food-licence': 'Food business licence',
  'company-deregistration': 'Company deregistration',
  ...NATIONAL_ITEM_NAMES_EN,
}

const FEES = ['不收费', '不收费', '不收费', '工本费 20 元', '按标准收费']

let cache: ServiceItem[] | null = null

/**
 * The whole catalogue: the real items plus ~5,500 generated from department
 * subjects × actions × applicant kind. Deterministic: the same ids every run.
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
      conditions: seed.conditions ?? ['申请人符合本事项法定条件', '材料真实、完整、有效'],
      timeLimitDays: seed.timeLimitDays,
      fee: seed.fee ?? '不收费',
      instant: seed.instant ?? false,
      bookable: true,
      online: true,
      noCertificate: materials.every((mat) => !!mat.licenceType),
      commitment: materials.some((mat) => mat.commitmentAllowed),
      deferrable: materials.some((mat) => mat.deferrable),
      cloudWindow: seed.cloudWindow ?? true,
      keywords: seed.keywords,
    }
  })
  const random = seededRandom(4469)
  for (const dept of DEPARTMENTS) {
    dept.subjects.forEach((subject, si) => {
      ACTIONS.forEach((action, ai) => {
        APPLICANTS.forEach((applicant) => {
          const r = random()
          const needsLicence = applicant.target === 'business' ? MATERIALS.businessLicence : MATERIALS.idCard
          const materials: ItemMaterial[] = [needsLicence, MATERIALS.applicationForm]
          if (r > 0.6) materials.push(m(`mat-${dept.id}-${si}`, `${subject}相关证明材料`, { deferrable: r > 0.8, commitmentAllowed: r > 0.9 }))
          const lookupOnly = action === '信息查询' || action === '证明开具'
          items.push({
            id: `${dept.id}-${si}-${ai}-${applicant.target[0]}`,
            name: `${subject}${action}${applicant.suffix}`,
            departmentId: dept.id,
            department: dept.name,
            themeIds: themesOfParts(subject, action, applicant.target),
            target: applicant.target,
            materials: lookupOnly ? [needsLicence] : materials,
            conditions: ['申请人符合本事项法定条件', '材料真实、完整、有效'],
            timeLimitDays: lookupOnly ? 0 : [1, 3, 5, 10, 15, 20][Math.floor(r * 6)],
            fee: FEES[Math.floor(random() * FEES.length)],
            instant: false,
            bookable: true,
            online: r < 0.75 || lookupOnly,
            noCertificate: lookupOnly || materials.length === 1,
            commitment: r > 0.9,
            deferrable: r > 0.8,
            cloudWindow: si % 3 === 0 && ai < 4,
          })
        })
      })
    })
  }
  markNotBookable(items, REAL_ITEMS.length)
  let cloud = 0
  for (const item of items) {
    item.cloudWindow = item.cloudWindow && item.bookable && cloud < CLOUD_WINDOW_ITEMS
    if (item.cloudWindow) cloud++
  }
  cache = items
  return items
}

/** Seed figure: 4,469 items can be booked (智能预约); the rest are done online or at a kiosk. */
export const BOOKABLE_ITEMS = 4469
/** Seed figure: 66 items (26 district + 40 town) on the Saturday-morning 云窗口. */
export const CLOUD_WINDOW_ITEMS = 66

/**
 * Generated lookups (信息查询 are 全程网办, 证明开具 are 自助办 at the kiosks) first,
 * then other online-capable generated items (全程网办), until exactly
 * BOOKABLE_ITEMS stay bookable. Real items stay bookable.
 */
function markNotBookable(items: ServiceItem[], realCount: number): void {
  let excess = items.length - BOOKABLE_ITEMS
  const generated = items.slice(realCount)
  const lookups = generated.filter((item) => /信息查询|证明开具/.test(item.name))
  const others = generated.filter((item) => item.online && !/信息查询|证明开具/.test(item.name))
  for (const item of [...lookups, ...others]) {
    if (excess <= 0) break
    item.bookable = false
    item.online = true
    item.notBookableReason = item.name.includes('证明开具') ? 'self-service' : 'online'
    item.cloudWindow = false
    excess--
  }
}

export function itemById(id: string): ServiceItem | undefined {
  return catalogueIndex().get(id)
}

let indexCache: Map<string, ServiceItem> | null = null
function catalogueIndex(): Map<string, ServiceItem> {
  if (!indexCache) indexCache = new Map(catalogue().map((item) => [item.id, item]))
  return indexCache
}

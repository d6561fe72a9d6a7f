import type { ItemMaterial, ServiceItem } from '../../src/contract'

/** Licence types the safe can hold; materials that name one can be pulled (免证办). */
export const LICENCE_TYPES = {
  idCard: 'id-card',
  hukou: 'hukou',
  businessLicence: 'business-licence',
  property: 'property',
  drainagePermit: 'drainage-permit',
  marriage: 'marriage',
  birthCert: 'birth-cert',
  socialSecurityCard: 'social-security-card',
  disabilityCard: 'disability-card',
  veteranCert: 'veteran-cert',
} as const

export const m = (id: string, name: string, extra: Partial<ItemMaterial> = {}): ItemMaterial => ({ id, name, copies: 1, ...extra })

/** Materials shared by many items; the same id means "asked once" in a bundle. */
export const MATERIALS = {
  idCard: m('mat-id-card', '申请人居民身份证', { licenceType: LICENCE_TYPES.idCard }),
  parentsId: m('mat-parents-id', '父母双方居民身份证', { licenceType: LICENCE_TYPES.idCard }),
  hukou: m('mat-hukou', '户口簿', { licenceType: LICENCE_TYPES.hukou }),
  marriage: m('mat-marriage', '结婚证', { licenceType: LICENCE_TYPES.marriage, deferrable: true }),
  birthCert: m('mat-birth-cert', '出生医学证明', { licenceType: LICENCE_TYPES.birthCert }),
  businessLicence: m('mat-business-licence', '营业执照', { licenceType: LICENCE_TYPES.businessLicence }),
  property: m('mat-property', '不动产权证书', { licenceType: LICENCE_TYPES.property }),
  applicationForm: m('mat-application-form', '申请表'),
  photo: m('mat-photo', '近期免冠彩色照片（白底）'),
  drainagePlan: m('mat-drainage-plan', '排水户内部排水管网、专用检测井、排放口平面图', { commitmentAllowed: true }),
  waterReport: m('mat-water-report', '排水水质检测报告', { deferrable: true, commitmentAllowed: true }),
  liftPlan: m('mat-lift-plan', '加装电梯设计方案图', {}),
  ownersConsent: m('mat-owners-consent', '本单元业主同意加装电梯的书面意见', {}),
  liftContract: m('mat-lift-contract', '电梯采购及安装合同', { deferrable: true }),
  articles: m('mat-articles', '公司章程', {}),
  addressProof: m('mat-address-proof', '住所（经营场所）使用证明', { commitmentAllowed: true }),
  staffList: m('mat-staff-list', '参保职工名单', {}),
  medicalReport: m('mat-medical-report', '残疾评定医学证明', {}),
  incomeProof: m('mat-income-proof', '家庭经济状况证明', { commitmentAllowed: true }),
  residenceProof: m('mat-residence-proof', '居住证明（租赁合同或房产证明）', { commitmentAllowed: true }),
  dischargeCert: m('mat-discharge-cert', '退出现役证', { licenceType: LICENCE_TYPES.veteranCert }),
  safetyRules: m('mat-safety-rules', '安全生产管理制度和岗位操作规程', { commitmentAllowed: true }),
  storagePlan: m('mat-storage-plan', '经营场所及储存设施平面图'),
  fellingPlan: m('mat-felling-plan', '林木采伐作业设计', {}),
  projectInfo: m('mat-project-info', '项目基本情况（建设地点、规模、内容）'),
  clinicPlan: m('mat-clinic-plan', '义诊活动方案（时间、地点、科目、医务人员名单）'),
  adDesign: m('mat-ad-design', '广告设计效果图', {}),
  venueConsent: m('mat-venue-consent', '场地所有权人同意设置的证明', { commitmentAllowed: true }),
}

export type RealItemSeed = Pick<ServiceItem, 'id' | 'name' | 'themeIds' | 'materials' | 'timeLimitDays'> & {
  departmentId: string
  target?: ServiceItem['target']
  instant?: boolean
  conditions?: string[]
  fee?: string
  keywords?: string[]
  cloudWindow?: boolean
}

import type { Bundle } from '../../src/contract'
import { applicant, company, field, yesNo } from './fields'
import { NATIONAL_BUNDLES } from './national'

/**
 * 一件事 bundles (BRIEF.md: 新生儿出生, 排水许可, 既有住宅加装电梯, 企业开办,
 * 扶残助残, 入学, 军人退役, 婚育登记). Items and materials are REAL_ITEMS and
 * MATERIALS from ./items; the questions are the ones Panyu's 情形引导 asks.
 */

const NEWBORN_ITEMS = ['birth-medical-cert', 'birth-hukou', 'birth-medical-insurance', 'birth-ss-card', 'birth-vaccine']
const DRAINAGE_ITEMS = ['drainage-permit', 'drainage-connection', 'temp-drainage']
const LIFT_ITEMS = ['lift-planning', 'lift-construction', 'lift-registration', 'lift-fire-filing', 'lift-subsidy']
const COMPANY_ITEMS = ['company-registration', 'company-seal', 'company-invoice', 'company-social-insurance', 'company-housing-fund']
const DISABILITY_ITEMS = ['disability-card', 'disability-living-subsidy', 'disability-care-subsidy']
const SCHOOL_ITEMS = ['school-enrolment', 'residence-permit']
const VETERAN_ITEMS = ['veteran-settle', 'veteran-hukou', 'veteran-insurance', 'veteran-card']
const MARRIAGE_ITEMS = ['marriage-registration', 'birth-registration']

export const BUNDLES: Bundle[] = [
  {
    id: 'newborn',
    name: '新生儿出生一件事',
    summary: '出生医学证明、入户、医保参保、社保卡、预防接种证一次申请',
    nameEn: 'Newborn baby',
    summaryEn: 'Birth certificate, household registration, medical insurance, social security card and vaccination record in one application',
    target: 'person',
    icon: 'baby',
    keywords: ['新生儿', '出生', '宝宝', '上户口', '出生证'],
    items: [
      { itemId: 'birth-medical-cert' },
      { itemId: 'birth-hukou', when: { hukou: ['yes'] } },
      { itemId: 'birth-medical-insurance', when: { insure: ['yes'] } },
      { itemId: 'birth-ss-card', when: { insure: ['yes'] } },
      { itemId: 'birth-vaccine' },
    ],
    questions: [
      yesNo('hukou', '父亲或母亲的户籍是否在番禺区？', '户籍在本区的，可同时办理新生儿入户'),
      yesNo('insure', '是否为新生儿办理医保参保和社保卡？'),
      yesNo('married', '父母是否已办理结婚登记？', '未办理的，无需提交结婚证'),
    ],
    skipMaterials: [{ materialId: 'mat-marriage', when: { married: ['no'] } }],
    produces: [{ materialId: 'mat-birth-cert', byItemId: 'birth-medical-cert' }],
    fields: [
      ...applicant(NEWBORN_ITEMS),
      field('babyName', '新生儿姓名', 'text', NEWBORN_ITEMS),
      field('babyBirthDate', '新生儿出生日期', 'date', NEWBORN_ITEMS, { pastOnly: true }),
      field('otherParentName', '另一方父母姓名', 'text', ['birth-medical-cert', 'birth-hukou']),
      field('otherParentId', '另一方父母身份证号', 'idNumber', ['birth-medical-cert', 'birth-hukou'], { placeholder: '请输入 18 位身份证号' }),
    ],
    promisedDays: 5,
    trips: 0,
  },
  {
    id: 'drainage',
    name: '排水许可一件事',
    summary: '排水许可、接驳核准、临时排水一次申请，排水许可秒批',
    nameEn: 'Drainage permit',
    summaryEn: 'Drainage permit, connection approval and temporary drainage in one application; the drainage permit is approved instantly',
    target: 'business',
    icon: 'leaf',
    keywords: ['排水', '排水证', '污水', '接驳', '排水许可'],
    items: [
      { itemId: 'drainage-permit' },
      { itemId: 'drainage-connection', when: { connect: ['yes'] } },
      { itemId: 'temp-drainage', when: { construction: ['yes'] } },
    ],
    questions: [
      yesNo('connect', '是否需要新接入市政排水管网？', '新建排水接驳口的需办理接驳核准'),
      yesNo('construction', '施工期间是否需要临时排水？'),
    ],
    fields: [
      ...company(DRAINAGE_ITEMS),
      field('siteAddress', '排水户地址', 'address', DRAINAGE_ITEMS, { placeholder: '如：番禺区市桥街××路×号' }),
    ],
    promisedDays: 3,
    trips: 0,
  },
  {
    id: 'lift',
    name: '既有住宅加装电梯一件事',
    summary: '规划许可、施工登记、消防备案、使用登记和财政补贴一次申请',
    nameEn: 'Lift in an existing building',
    summaryEn: 'Planning permit, construction registration, fire-safety filing, use registration and the subsidy in one application',
    target: 'person',
    icon: 'building',
    keywords: ['加装电梯', '旧楼电梯', '电梯', '电梯补贴'],
    items: [
      { itemId: 'lift-planning' },
      { itemId: 'lift-construction' },
      { itemId: 'lift-fire-filing' },
      { itemId: 'lift-registration' },
      { itemId: 'lift-subsidy', when: { subsidy: ['yes'] } },
    ],
    questions: [
      yesNo('subsidy', '是否同时申请加装电梯财政补贴？'),
    ],
    fields: [
      ...applicant(LIFT_ITEMS),
      field('buildingAddress', '加装电梯楼栋地址', 'address', LIFT_ITEMS, { prefill: 'address' }),
      field('households', '本单元业主户数', 'text', ['lift-planning', 'lift-subsidy']),
    ],
    promisedDays: 20,
    trips: 1,
  },
  {
    id: 'company-setup',
    name: '企业开办一件事',
    summary: '设立登记、刻章、发票、社保和公积金开户，1 个工作日办结',
    nameEn: 'Starting a company',
    summaryEn: 'Registration, company seal, invoices, social security and housing fund accounts, done in 1 working day',
    target: 'business',
    icon: 'shop',
    keywords: ['开办企业', '开公司', '注册公司', '营业执照', '企业开办'],
    items: [
      { itemId: 'company-registration' },
      { itemId: 'company-seal', when: { seal: ['yes'] } },
      { itemId: 'company-invoice', when: { invoice: ['yes'] } },
      { itemId: 'company-social-insurance', when: { staff: ['yes'] } },
      { itemId: 'company-housing-fund', when: { staff: ['yes'] } },
    ],
    questions: [
      yesNo('seal', '是否需要刻制公章？', '首套印章免费刻制'),
      yesNo('invoice', '是否需要申领发票？'),
      yesNo('staff', '是否招用员工（办理社保和公积金开户）？'),
    ],
    produces: [{ materialId: 'mat-business-licence', byItemId: 'company-registration' }],
    fields: [
      field('proposedName', '拟设立企业名称', 'text', COMPANY_ITEMS),
      field('legalRepresentative', '法定代表人姓名', 'text', COMPANY_ITEMS, { prefill: 'legalRepresentative' }),
      field('legalRepresentativeId', '法定代表人身份证号', 'idNumber', COMPANY_ITEMS, { placeholder: '请输入 18 位身份证号' }),
      field('phone', '联系电话', 'mobile', COMPANY_ITEMS, { prefill: 'phone' }),
      field('registeredAddress', '住所（经营场所）', 'address', COMPANY_ITEMS),
    ],
    promisedDays: 1,
    trips: 0,
  },
  {
    id: 'disability',
    name: '扶残助残一件事',
    summary: '残疾人证、困难残疾人生活补贴、重度残疾人护理补贴一次申请',
    nameEn: 'Support for disabled people',
    summaryEn: 'Disability card, living allowance and care allowance in one application',
    target: 'person',
    icon: 'heart',
    keywords: ['残疾', '残疾证', '两项补贴', '助残'],
    items: [
      { itemId: 'disability-card' },
      { itemId: 'disability-living-subsidy', when: { hardship: ['yes'] } },
      { itemId: 'disability-care-subsidy', when: { severe: ['yes'] } },
    ],
    questions: [
      yesNo('hardship', '是否为低保或低收入家庭？', '是的，可申请困难残疾人生活补贴'),
      yesNo('severe', '残疾等级是否为一级或二级？', '一、二级可申请重度残疾人护理补贴'),
    ],
    fields: applicant(DISABILITY_ITEMS),
    promisedDays: 20,
    trips: 1,
  },
  {
    id: 'school',
    name: '入学一件事',
    summary: '义务教育入学报名，非本区户籍可同时申领居住证',
    nameEn: 'Starting school',
    summaryEn: 'Compulsory-education enrolment; families registered elsewhere can apply for a residence permit at the same time',
    target: 'person',
    icon: 'school',
    keywords: ['入学', '小学', '学位', '报名', '居住证'],
    items: [
      { itemId: 'school-enrolment' },
      { itemId: 'residence-permit', when: { localHukou: ['no'] } },
    ],
    questions: [
      yesNo('localHukou', '孩子的户籍是否在番禺区？', '非本区户籍的，需同时申领居住证'),
    ],
    fields: [
      ...applicant(SCHOOL_ITEMS),
      field('childName', '学生姓名', 'text', ['school-enrolment']),
      field('childId', '学生身份证号', 'idNumber', ['school-enrolment'], { placeholder: '请输入 18 位身份证号' }),
    ],
    promisedDays: 15,
    trips: 0,
  },
  {
    id: 'veteran',
    name: '军人退役一件事',
    summary: '接收安置、户口登记、养老保险接续、优待证一次申请',
    nameEn: 'Leaving the military',
    summaryEn: 'Resettlement, household registration, pension transfer and preferential card in one application',
    target: 'person',
    icon: 'badge',
    keywords: ['退役', '退伍', '安置', '优待证'],
    items: [
      { itemId: 'veteran-settle' },
      { itemId: 'veteran-hukou', when: { moveHukou: ['yes'] } },
      { itemId: 'veteran-insurance', when: { insurance: ['yes'] } },
      { itemId: 'veteran-card' },
    ],
    questions: [
      yesNo('moveHukou', '是否需要将户口迁回番禺区？'),
      yesNo('insurance', '服役期间是否有养老保险关系需要接续？'),
    ],
    fields: [
      ...applicant(VETERAN_ITEMS),
      field('dischargeDate', '退役时间', 'date', VETERAN_ITEMS, { pastOnly: true }),
    ],
    promisedDays: 15,
    trips: 1,
  },
  {
    id: 'marriage',
    name: '婚育登记一件事',
    summary: '结婚登记与生育登记一次办理',
    nameEn: 'Marriage and birth registration',
    summaryEn: 'Marriage registration and birth registration together',
    target: 'person',
    icon: 'heart',
    keywords: ['结婚', '领证', '生育登记', '婚育'],
    items: [
      { itemId: 'marriage-registration' },
      { itemId: 'birth-registration', when: { planBirth: ['yes'] } },
    ],
    questions: [
      yesNo('planBirth', '是否同时办理生育登记？'),
    ],
    produces: [{ materialId: 'mat-marriage', byItemId: 'marriage-registration' }],
    fields: [
      ...applicant(MARRIAGE_ITEMS),
      field('spouseName', '配偶姓名', 'text', MARRIAGE_ITEMS),
      field('spouseId', '配偶身份证号', 'idNumber', MARRIAGE_ITEMS, { placeholder: '请输入 18 位身份证号' }),
    ],
    promisedDays: 1,
    trips: 1,
  },
  ...NATIONAL_BUNDLES,
]

import type { Bundle, BundleField } from '../../src/contract'
import { applicant, company, field, yesNo } from './fields'

/**
 * The rest of the national 高效办成一件事 list (国办发〔2024〕3号 and later batches) and the district's own
 * bundles. Items are REAL_ITEMS (most in ../catalogue/national-items.ts); the applicant's or company's
 * fields are asked once for every item, plus the few a bundle adds.
 */
type Seed = Omit<Bundle, 'fields'> & { extraFields?: (itemIds: string[]) => BundleField[] }

function bundle({ extraFields, ...seed }: Seed): Bundle {
  const itemIds = seed.items.map((rule) => rule.itemId)
  const own = seed.target === 'business' ? company(itemIds) : applicant(itemIds)
  return { ...seed, fields: [...own, ...(extraFields?.(itemIds) ?? [])] }
}

const idField = (id: string, label: string, itemIds: string[]) => field(id, label, 'idNumber', itemIds, { placeholder: '请输入 18 位身份证号' })

export const NATIONAL_BUNDLES: Bundle[] = [
  bundle({
    id: 'employee-hiring', name: '员工录用一件事', summary: '就业登记、社保增员、医保增员、公积金开户一次申报',
    nameEn: 'Hiring an employee', summaryEn: 'Employment registration, social and medical insurance and the housing fund account for a new hire in one application',
    target: 'business', icon: 'people', keywords: ['招员工', '录用', '招聘', '增员', '新员工'],
    items: [{ itemId: 'hire-employment-registration' }, { itemId: 'hire-social-insurance' }, { itemId: 'hire-medical-insurance' }, { itemId: 'hire-housing-fund', when: { fund: ['yes'] } }],
    questions: [yesNo('fund', '是否为新员工缴存住房公积金？')],
    extraFields: (ids) => [field('employeeName', '员工姓名', 'text', ids), idField('employeeId', '员工身份证号', ids), field('hireDate', '入职日期', 'date', ids)],
    promisedDays: 1, trips: 0,
  }),
  bundle({
    id: 'ss-card', name: '社会保障卡居民服务一件事', summary: '社保卡申领、挂失补换、启用激活，一卡通用',
    nameEn: 'Social security card services', summaryEn: 'Apply for, replace and activate the social security card in one place',
    target: 'person', icon: 'id-card', keywords: ['社保卡', '社保卡补办', '社保卡激活', '一卡通'],
    items: [{ itemId: 'sscard-apply', when: { have: ['no'] } }, { itemId: 'sscard-replace', when: { have: ['lost'] } }, { itemId: 'sscard-activate' }],
    questions: [{ id: 'have', text: '您现在的社保卡情况？', options: [{ value: 'no', label: '还没有社保卡' }, { value: 'lost', label: '社保卡丢失或损坏' }, { value: 'yes', label: '已有卡，只需启用' }] }],
    promisedDays: 5, trips: 1,
  }),
  bundle({
    id: 'retirement', name: '退休一件事', summary: '养老金申领、退休医保待遇、公积金提取、老年人优待证一次办',
    nameEn: 'Retiring', summaryEn: 'Pension, retiree medical insurance, housing fund withdrawal and the senior card in one application',
    target: 'person', icon: 'elder', keywords: ['退休', '办退休', '养老金', '退休手续'],
    items: [{ itemId: 'retire-pension' }, { itemId: 'retire-medical' }, { itemId: 'retire-fund-withdraw', when: { fund: ['yes'] } }, { itemId: 'elder-card', when: { over60: ['yes'] } }],
    questions: [yesNo('fund', '是否缴存过住房公积金？', '缴存过的可同时提取'), yesNo('over60', '是否年满 60 周岁？', '年满 60 周岁可同时办理老年人优待证')],
    promisedDays: 15, trips: 0,
  }),
  bundle({
    id: 'after-death', name: '公民身后一件事', summary: '死亡证明、户口注销、火化殡葬、丧葬补助金和公积金提取一次办',
    nameEn: 'After a death', summaryEn: 'Death certificate, closing the household registration, cremation, funeral grant and housing fund in one application',
    target: 'person', icon: 'heart', keywords: ['去世', '过世', '身后事', '死亡', '销户', '丧葬'],
    items: [{ itemId: 'death-medical-cert' }, { itemId: 'death-hukou' }, { itemId: 'death-cremation' }, { itemId: 'death-pension', when: { insured: ['yes'] } }, { itemId: 'death-fund', when: { fund: ['yes'] } }],
    questions: [yesNo('insured', '逝者生前是否参加养老保险？', '参保的可申领丧葬补助金和抚恤金'), yesNo('fund', '逝者是否缴存住房公积金？')],
    produces: [{ materialId: 'mat-death-cert', byItemId: 'death-medical-cert' }],
    extraFields: (ids) => [field('deceasedName', '逝者姓名', 'text', ids), idField('deceasedId', '逝者身份证号', ids), field('deathDate', '死亡日期', 'date', ids, { pastOnly: true })],
    promisedDays: 15, trips: 1,
  }),
  bundle({
    id: 'company-change', name: '企业信息变更一件事', summary: '变更登记后，税务、社保、公积金信息同步变更，需要时重新刻章',
    nameEn: 'Changing company details', summaryEn: 'Change registration with tax, social insurance and housing fund records updated together, and a new seal if needed',
    target: 'business', icon: 'edit', keywords: ['企业变更', '变更法人', '公司改名', '变更地址', '变更经营范围'],
    items: [{ itemId: 'company-change-registration' }, { itemId: 'company-change-tax' }, { itemId: 'company-change-social' }, { itemId: 'company-change-fund' }, { itemId: 'company-change-seal', when: { rename: ['yes'] } }],
    questions: [yesNo('rename', '是否变更企业名称？', '名称变更的需重新刻制公章')],
    extraFields: (ids) => [field('changeItems', '变更事项（如名称、住所、法定代表人）', 'text', ids)],
    promisedDays: 1, trips: 0,
  }),
  bundle({
    id: 'restaurant', name: '开办餐饮店一件事', summary: '营业执照、食品经营许可、店招备案、排水许可、开业消防检查一次申请',
    nameEn: 'Opening a restaurant', summaryEn: 'Business licence, food licence, shop sign, drainage permit and the fire-safety check in one application',
    target: 'business', icon: 'food', keywords: ['开饭店', '开餐馆', '餐饮店', '奶茶店', '开店'],
    items: [{ itemId: 'company-registration', when: { licensed: ['no'] } }, { itemId: 'food-licence' }, { itemId: 'shop-sign', when: { sign: ['yes'] } }, { itemId: 'drainage-permit' }, { itemId: 'venue-fire-check', when: { large: ['yes'] } }],
    questions: [yesNo('licensed', '是否已有营业执照？'), yesNo('sign', '是否设置店招牌匾？'), yesNo('large', '营业面积是否超过 300 平方米？', '公众聚集场所营业前需消防安全检查')],
    produces: [{ materialId: 'mat-business-licence', byItemId: 'company-registration' }],
    extraFields: (ids) => [field('shopAddress', '店铺地址', 'address', ids)],
    promisedDays: 10, trips: 1,
  }),
  bundle({
    id: 'company-exit', name: '企业注销一件事', summary: '清税、社保和公积金注销、公章缴销与注销登记一次办',
    nameEn: 'Closing a company', summaryEn: 'Tax clearance, social insurance and housing fund accounts, the seal and deregistration in one application',
    target: 'business', icon: 'exit', keywords: ['注销公司', '关公司', '企业注销', '简易注销'],
    items: [{ itemId: 'tax-clearance' }, { itemId: 'social-exit', when: { staff: ['yes'] } }, { itemId: 'fund-exit', when: { staff: ['yes'] } }, { itemId: 'seal-cancel' }, { itemId: 'company-deregistration' }],
    questions: [yesNo('staff', '是否办理过社保和公积金单位登记？')],
    promisedDays: 3, trips: 0,
  }),
  bundle({
    id: 'second-hand-home', name: '二手房转移登记及水电气网联动过户一件事', summary: '税费申报、转移登记，水电气网同步过户，可同时提取公积金',
    nameEn: 'Buying a second-hand home', summaryEn: 'Taxes, transfer registration and the water, power, gas and broadband transfer together; housing fund withdrawal too',
    target: 'person', icon: 'home', keywords: ['二手房', '过户', '买房', '水电过户', '房产过户'],
    items: [{ itemId: 'property-tax' }, { itemId: 'property-transfer' }, { itemId: 'utility-transfer' }, { itemId: 'fund-purchase-withdraw', when: { fund: ['yes'] } }],
    questions: [yesNo('fund', '买方是否提取住房公积金支付房款？')],
    extraFields: (ids) => [field('homeAddress', '房屋坐落', 'address', ids), field('sellerName', '卖方姓名', 'text', ids)],
    promisedDays: 3, trips: 1,
  }),
  bundle({
    id: 'hukou-move', name: '户口迁移一件事', summary: '户口迁入、身份证换领、社保医保关系转移一次办',
    nameEn: 'Moving your household registration', summaryEn: 'Household registration, a new ID card and transferring social and medical insurance in one application',
    target: 'person', icon: 'id-card', keywords: ['迁户口', '户口迁移', '落户', '入户'],
    items: [{ itemId: 'hukou-move-in' }, { itemId: 'id-card-renew' }, { itemId: 'pension-transfer', when: { insured: ['yes'] } }, { itemId: 'medical-transfer', when: { insured: ['yes'] } }],
    questions: [yesNo('insured', '原籍是否有社保、医保需要转入？')],
    promisedDays: 15, trips: 1,
  }),
  bundle({
    id: 'medical-reimburse', name: '医疗费用报销一件事', summary: '零星报销、大病保险、医疗救助一次申请，异地就医先备案',
    nameEn: 'Medical cost reimbursement', summaryEn: 'Reimbursement, serious-illness insurance and medical assistance in one application; register first when treated elsewhere',
    target: 'person', icon: 'medical', keywords: ['报销', '医药费', '看病报销', '医保报销'],
    items: [{ itemId: 'offsite-filing', when: { elsewhere: ['yes'] } }, { itemId: 'medical-reimburse' }, { itemId: 'serious-illness', when: { serious: ['yes'] } }, { itemId: 'medical-aid', when: { hardship: ['yes'] } }],
    questions: [yesNo('elsewhere', '是否在广州以外就医？'), yesNo('serious', '个人自付费用是否超过大病保险起付线？'), yesNo('hardship', '是否为低保、特困等困难群众？')],
    promisedDays: 20, trips: 0,
  }),
  bundle({
    id: 'credit-repair', name: '信用修复一件事', summary: '公共信用、经营异常名录、纳税信用一次申请修复',
    nameEn: 'Credit repair', summaryEn: 'Repair the public credit record, leave the abnormal-operations list and restore tax credit in one application',
    target: 'business', icon: 'shield', keywords: ['信用修复', '失信', '经营异常', '黑名单'],
    items: [{ itemId: 'credit-repair' }, { itemId: 'abnormal-removal', when: { abnormal: ['yes'] } }, { itemId: 'tax-credit-repair', when: { tax: ['yes'] } }],
    questions: [yesNo('abnormal', '是否被列入经营异常名录？'), yesNo('tax', '纳税信用级别是否因失信行为被降级？')],
    promisedDays: 5, trips: 0,
  }),
  bundle({
    id: 'flexible-employment', name: '灵活就业一件事', summary: '就业登记、养老和医保参保、社保补贴一次申请',
    nameEn: 'Flexible employment', summaryEn: 'Registration, pension and medical insurance, and the social insurance subsidy in one application',
    target: 'person', icon: 'briefcase', keywords: ['灵活就业', '自由职业', '个人交社保', '骑手', '网约车司机'],
    items: [{ itemId: 'flex-registration' }, { itemId: 'flex-pension' }, { itemId: 'flex-medical' }, { itemId: 'flex-subsidy', when: { hardship: ['yes'] } }],
    questions: [yesNo('hardship', '是否为就业困难人员或毕业两年内高校毕业生？', '是的，可申领社会保险补贴')],
    promisedDays: 20, trips: 0,
  }),
  bundle({
    id: 'unemployment', name: '失业保障一件事', summary: '失业登记、失业保险金、技能培训补贴一次申请',
    nameEn: 'Losing your job', summaryEn: 'Unemployment registration, unemployment benefit and the training subsidy in one application',
    target: 'person', icon: 'briefcase', keywords: ['失业', '失业金', '没工作', '被辞退'],
    items: [{ itemId: 'unemployment-registration' }, { itemId: 'unemployment-benefit', when: { paidIn: ['yes'] } }, { itemId: 'skill-training-subsidy', when: { training: ['yes'] } }],
    questions: [yesNo('paidIn', '失业前是否连续缴纳失业保险满 1 年？'), yesNo('training', '是否参加职业技能培训？')],
    promisedDays: 10, trips: 0,
  }),
  bundle({
    id: 'startup', name: '个人创业一件事', summary: '个体工商户登记、一次性创业资助、创业担保贷款一次申请',
    nameEn: 'Starting out on your own', summaryEn: 'Sole trader registration, the one-off start-up grant and a guaranteed loan in one application',
    target: 'person', icon: 'gift', keywords: ['创业', '个体户', '创业补贴', '创业贷款'],
    items: [{ itemId: 'self-employed-registration' }, { itemId: 'startup-subsidy' }, { itemId: 'startup-loan', when: { loan: ['yes'] } }],
    questions: [yesNo('loan', '是否申请创业担保贷款？', '个人最高 30 万元，财政贴息')],
    produces: [{ materialId: 'mat-business-licence', byItemId: 'self-employed-registration' }],
    extraFields: (ids) => [field('tradeName', '拟用字号名称', 'text', ids)],
    promisedDays: 20, trips: 0,
  }),
  bundle({
    id: 'rent', name: '租房一件事', summary: '租赁备案、公积金租房提取、居住证和租赁补贴一次办',
    nameEn: 'Renting a home', summaryEn: 'Rental registration, housing fund withdrawal for rent, residence permit and rent subsidy together',
    target: 'person', icon: 'home', keywords: ['租房', '租房提取', '租赁备案', '租房补贴'],
    items: [{ itemId: 'rental-filing' }, { itemId: 'rent-fund-withdraw', when: { fund: ['yes'] } }, { itemId: 'residence-permit', when: { localHukou: ['no'] } }, { itemId: 'rent-subsidy', when: { hardship: ['yes'] } }],
    questions: [yesNo('fund', '是否提取住房公积金支付房租？'), yesNo('localHukou', '户籍是否在番禺区？'), yesNo('hardship', '是否为低收入住房困难家庭？')],
    promisedDays: 20, trips: 0,
  }),
  bundle({
    id: 'construction-start', name: '工程建设项目开工一件事', summary: '规划许可、施工许可、道路挖掘和夜间施工一次申请',
    nameEn: 'Starting a building project', summaryEn: 'Planning and construction permits, road excavation and night work in one application',
    target: 'business', icon: 'crane', keywords: ['开工', '施工许可', '规划许可', '工地'],
    items: [{ itemId: 'planning-permit' }, { itemId: 'construction-permit' }, { itemId: 'road-dig', when: { road: ['yes'] } }, { itemId: 'night-work', when: { night: ['yes'] } }],
    questions: [yesNo('road', '是否需要挖掘城市道路（管线接入）？'), yesNo('night', '是否需要夜间连续施工？')],
    extraFields: (ids) => [field('projectName', '项目名称', 'text', ids), field('projectAddress', '建设地点', 'address', ids)],
    promisedDays: 15, trips: 0,
  }),
  bundle({
    id: 'completion', name: '竣工联合验收一件事', summary: '规划核实、消防验收、环保验收、竣工备案一次申请、联合验收',
    nameEn: 'Joint completion acceptance', summaryEn: 'Planning check, fire-safety and environmental acceptance and completion filing in one joint inspection',
    target: 'business', icon: 'check', keywords: ['竣工验收', '联合验收', '验收'],
    items: [{ itemId: 'planning-check' }, { itemId: 'fire-acceptance' }, { itemId: 'env-acceptance', when: { eia: ['yes'] } }, { itemId: 'completion-filing' }],
    questions: [yesNo('eia', '项目是否编制了环境影响报告书（表）？')],
    extraFields: (ids) => [field('projectName', '项目名称', 'text', ids)],
    promisedDays: 10, trips: 1,
  }),
  bundle({
    id: 'hazchem', name: '危险化学品经营一件事', summary: '危险化学品经营许可与应急预案备案一次申请',
    nameEn: 'Trading hazardous chemicals', summaryEn: 'Hazardous chemicals trading licence and emergency plan filing in one application',
    target: 'business', icon: 'warning', keywords: ['危化品', '危险化学品', '化工'],
    items: [{ itemId: 'hazchem-licence' }, { itemId: 'hazchem-emergency-plan', when: { storage: ['yes'] } }],
    questions: [yesNo('storage', '是否设有储存设施？', '有储存设施的需备案应急预案')],
    promisedDays: 20, trips: 1,
  }),
  bundle({
    id: 'social-assistance', name: '社会救助一件事', summary: '低保、临时救助、医疗救助、学生资助一次申请',
    nameEn: 'Social assistance', summaryEn: 'Minimum living allowance, temporary relief, medical assistance and student aid in one application',
    target: 'person', icon: 'heart', keywords: ['低保', '救助', '困难', '补助'],
    items: [{ itemId: 'dibao' }, { itemId: 'temp-relief', when: { emergency: ['yes'] } }, { itemId: 'medical-aid', when: { medical: ['yes'] } }, { itemId: 'student-aid', when: { student: ['yes'] } }],
    questions: [yesNo('emergency', '是否因突发事件导致生活暂时困难？'), yesNo('medical', '是否有大额医疗费用？'), yesNo('student', '家中是否有在读学生？')],
    promisedDays: 20, trips: 0,
  }),
  bundle({
    id: 'hotel', name: '开办旅馆一件事', summary: '营业执照、特种行业许可、公共场所卫生许可、消防检查一次申请',
    nameEn: 'Opening a hotel', summaryEn: 'Business licence, special-trade licence, hygiene licence and the fire-safety check in one application',
    target: 'business', icon: 'building', keywords: ['开旅馆', '开酒店', '民宿', '宾馆'],
    items: [{ itemId: 'company-registration', when: { licensed: ['no'] } }, { itemId: 'hotel-licence' }, { itemId: 'public-hygiene' }, { itemId: 'venue-fire-check' }],
    questions: [yesNo('licensed', '是否已有营业执照？')],
    produces: [{ materialId: 'mat-business-licence', byItemId: 'company-registration' }],
    extraFields: (ids) => [field('rooms', '客房数量', 'text', ids)],
    promisedDays: 20, trips: 1,
  }),
  bundle({
    id: 'clinic', name: '开办诊所一件事', summary: '诊所备案、医师执业注册、放射诊疗许可、医疗污水排水许可一次申请',
    nameEn: 'Opening a clinic', summaryEn: 'Clinic registration, doctor registration, radiation licence and wastewater permit in one application',
    target: 'business', icon: 'medical', keywords: ['开诊所', '诊所', '门诊部'],
    items: [{ itemId: 'clinic-filing' }, { itemId: 'doctor-registration' }, { itemId: 'radiation-licence', when: { xray: ['yes'] } }, { itemId: 'drainage-permit' }],
    questions: [yesNo('xray', '是否开展 X 光等放射诊疗？')],
    promisedDays: 20, trips: 1,
  }),
  bundle({
    id: 'pharmacy', name: '开办药店一件事', summary: '药品零售许可、医疗器械经营备案、医保定点申请一次办',
    nameEn: 'Opening a pharmacy', summaryEn: 'Retail pharmacy licence, medical device filing and medicare designation in one application',
    target: 'business', icon: 'medical', keywords: ['开药店', '药房', '药店'],
    items: [{ itemId: 'drug-retail' }, { itemId: 'device-filing', when: { devices: ['yes'] } }, { itemId: 'medicare-pharmacy', when: { medicare: ['yes'] } }],
    questions: [yesNo('devices', '是否销售第二类医疗器械？'), yesNo('medicare', '是否申请医保定点？')],
    promisedDays: 15, trips: 1,
  }),
  bundle({
    id: 'elderly-care', name: '养老服务一件事', summary: '老年人优待证、高龄津贴、居家养老补贴、长期护理保险一次申请',
    nameEn: 'Elderly care', summaryEn: 'Senior card, old-age allowance, home care subsidy and long-term care insurance in one application',
    target: 'person', icon: 'elder', keywords: ['养老', '老人', '高龄津贴', '长护险'],
    items: [{ itemId: 'elder-card' }, { itemId: 'elder-allowance', when: { over80: ['yes'] } }, { itemId: 'home-care', when: { hardship: ['yes'] } }, { itemId: 'ltc-insurance', when: { disabled: ['yes'] } }],
    questions: [yesNo('over80', '老人是否年满 80 周岁？'), yesNo('hardship', '是否为低保、低收入或特困老人？'), yesNo('disabled', '老人是否长期失能、需要护理？')],
    extraFields: (ids) => [field('elderName', '老人姓名', 'text', ids), idField('elderId', '老人身份证号', ids)],
    promisedDays: 20, trips: 0,
  }),
]

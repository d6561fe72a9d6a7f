import { m, MATERIALS, type RealItemSeed } from './materials'

/**
 * Items of the other 一件事 bundles: the national 高效办成一件事 list (员工录用, 社会保障卡居民服务, 退休,
 * 公民身后, 企业信息变更, 开办餐饮店, 企业注销, 二手房转移登记及水电气网联动过户, 户口迁移, 医疗费用报销,
 * 信用修复, 灵活就业 …) and the district's own (工程建设开工, 竣工联合验收, 开办旅馆, 开办诊所 …).
 * Not on the Saturday 云窗口 (that list is the seed's 66).
 */
const MAT = {
  laborContract: m('mat-labor-contract', '劳动合同'),
  deathCert: m('mat-death-cert', '居民死亡医学证明（推断）书'),
  salesContract: m('mat-sales-contract', '存量房买卖合同'),
  medicalBills: m('mat-medical-bills', '医疗费用发票及费用明细清单'),
  dischargeSummary: m('mat-discharge-summary', '出院小结或门诊病历', { deferrable: true }),
  creditCommitment: m('mat-credit-commitment', '信用修复承诺书', { commitmentAllowed: true }),
  penaltyDone: m('mat-penalty-done', '行政处罚履行完毕的证明材料'),
  changeResolution: m('mat-change-resolution', '股东会决议或变更决定'),
  moveInProof: m('mat-move-in-proof', '落户依据（购房、投靠、人才引进等证明）'),
  landProof: m('mat-land-proof', '建设用地批准文件'),
  constructionDrawings: m('mat-construction-drawings', '施工图设计文件', { deferrable: true }),
  completionReport: m('mat-completion-report', '工程竣工验收报告'),
  firePlan: m('mat-fire-plan', '消防安全制度及疏散平面图', { commitmentAllowed: true }),
  premisesPlan: m('mat-premises-plan', '经营场所平面布局图'),
  medicalStaff: m('mat-medical-staff', '医务人员（执业药师）执业证书'),
  unemploymentProof: m('mat-unemployment-proof', '解除或终止劳动关系证明'),
}

const { idCard, hukou, photo, businessLicence, property, incomeProof, residenceProof, addressProof, staffList, adDesign, medicalReport } = MATERIALS

type Seed = Omit<RealItemSeed, 'cloudWindow'> & { en: string }

const SEEDS: Seed[] = [
  // 员工录用一件事
  { id: 'hire-employment-registration', name: '就业登记（单位招用人员）', departmentId: 'rsj', themeIds: ['b-hr'], target: 'business', materials: [businessLicence, MAT.laborContract], timeLimitDays: 1, keywords: ['招工', '录用', '招人'], en: 'Employment registration for a new hire' },
  { id: 'hire-social-insurance', name: '职工社会保险增员登记', departmentId: 'rsj', themeIds: ['b-hr'], target: 'business', materials: [businessLicence, MAT.laborContract], timeLimitDays: 1, keywords: ['员工社保', '增员'], en: 'Social insurance for a new employee' },
  { id: 'hire-medical-insurance', name: '职工医疗保险增员登记', departmentId: 'ybj', themeIds: ['b-hr'], target: 'business', materials: [businessLicence, MAT.laborContract], timeLimitDays: 1, keywords: ['员工医保'], en: 'Medical insurance for a new employee' },
  { id: 'hire-housing-fund', name: '住房公积金个人账户设立', departmentId: 'gjj', themeIds: ['b-hr'], target: 'business', materials: [businessLicence, staffList], timeLimitDays: 1, keywords: ['公积金增员'], en: 'Housing fund account for a new employee' },
  // 社会保障卡居民服务一件事
  { id: 'sscard-apply', name: '社会保障卡申领', departmentId: 'rsj', themeIds: ['p-social'], materials: [idCard, photo], timeLimitDays: 5, keywords: ['社保卡', '办社保卡'], en: 'Social security card application' },
  { id: 'sscard-replace', name: '社会保障卡挂失补换', departmentId: 'rsj', themeIds: ['p-social'], materials: [idCard, photo], timeLimitDays: 5, keywords: ['补办社保卡', '社保卡丢了'], en: 'Replacing a lost social security card' },
  { id: 'sscard-activate', name: '社会保障卡启用及金融账户激活', departmentId: 'rsj', themeIds: ['p-social'], materials: [idCard], timeLimitDays: 0, keywords: ['社保卡激活'], en: 'Activating a social security card' },
  // 退休一件事
  { id: 'retire-pension', name: '基本养老金申领（退休申请）', departmentId: 'rsj', themeIds: ['p-retirement', 'p-social'], materials: [idCard, hukou], timeLimitDays: 15, keywords: ['退休', '办退休', '养老金'], en: 'Basic pension on retirement' },
  { id: 'retire-medical', name: '退休人员医保待遇核定', departmentId: 'ybj', themeIds: ['p-retirement', 'p-social'], materials: [idCard], timeLimitDays: 10, keywords: ['退休医保'], en: 'Medical insurance for retirees' },
  { id: 'retire-fund-withdraw', name: '退休提取住房公积金', departmentId: 'gjj', themeIds: ['p-retirement', 'p-housing'], materials: [idCard], timeLimitDays: 3, keywords: ['退休提取', '公积金'], en: 'Housing fund withdrawal on retirement' },
  // 公民身后一件事
  { id: 'death-medical-cert', name: '居民死亡医学证明（推断）书签发', departmentId: 'wjj', themeIds: ['p-retirement'], materials: [idCard], timeLimitDays: 0, keywords: ['死亡证明', '去世', '过世'], en: 'Medical certificate of death' },
  { id: 'death-hukou', name: '死亡人员户口注销', departmentId: 'gaj', themeIds: ['p-identity'], materials: [MAT.deathCert, hukou, idCard], timeLimitDays: 1, keywords: ['销户', '户口注销', '去世'], en: 'Removing a deceased person from the household register' },
  { id: 'death-cremation', name: '遗体火化及基本殡葬服务费用减免', departmentId: 'mzj', themeIds: ['p-retirement'], materials: [MAT.deathCert, idCard], timeLimitDays: 1, keywords: ['火化', '殡葬', '丧事'], en: 'Cremation and basic funeral services' },
  { id: 'death-pension', name: '丧葬补助金、抚恤金申领', departmentId: 'rsj', themeIds: ['p-social', 'p-retirement'], materials: [MAT.deathCert, idCard, hukou], timeLimitDays: 15, keywords: ['丧葬费', '抚恤金'], en: 'Funeral grant and survivors\' pension' },
  { id: 'death-fund', name: '住房公积金提取（职工死亡）', departmentId: 'gjj', themeIds: ['p-housing'], materials: [MAT.deathCert, idCard], timeLimitDays: 5, keywords: ['公积金继承'], en: 'Housing fund withdrawal for a deceased member' },
  // 企业信息变更一件事
  { id: 'company-change-registration', name: '企业变更登记', departmentId: 'scjgj', themeIds: ['b-change', 'i-enterprise'], target: 'business', materials: [businessLicence, idCard, MAT.changeResolution], timeLimitDays: 1, keywords: ['企业变更', '变更法人', '公司改名', '变更地址'], en: 'Company change registration' },
  { id: 'company-change-tax', name: '税务登记信息变更', departmentId: 'swuj', themeIds: ['b-change', 'b-tax'], target: 'business', materials: [businessLicence], timeLimitDays: 1, keywords: ['税务变更'], en: 'Tax registration change' },
  { id: 'company-change-social', name: '单位社会保险登记信息变更', departmentId: 'rsj', themeIds: ['b-change', 'b-hr'], target: 'business', materials: [businessLicence], timeLimitDays: 1, keywords: ['社保变更'], en: 'Employer social insurance details change' },
  { id: 'company-change-fund', name: '住房公积金单位信息变更', departmentId: 'gjj', themeIds: ['b-change', 'b-hr'], target: 'business', materials: [businessLicence], timeLimitDays: 1, keywords: ['公积金变更'], en: 'Employer housing fund details change' },
  { id: 'company-change-seal', name: '公章重新刻制备案', departmentId: 'gaj', themeIds: ['b-change'], target: 'business', materials: [businessLicence, idCard], timeLimitDays: 1, keywords: ['换公章', '重刻公章'], en: 'New company seal filing' },
  // 开办餐饮店一件事
  { id: 'shop-sign', name: '店招牌匾设置备案', departmentId: 'cgj', themeIds: ['i-catering', 'i-retail', 'b-operation'], target: 'business', materials: [businessLicence, adDesign], timeLimitDays: 3, keywords: ['招牌', '店招', '门头'], en: 'Shop sign filing' },
  { id: 'venue-fire-check', name: '公众聚集场所投入使用、营业前消防安全检查', departmentId: 'yjglj', themeIds: ['i-catering', 'b-operation'], target: 'business', materials: [businessLicence, MAT.firePlan], timeLimitDays: 10, keywords: ['消防检查', '开业消防'], en: 'Fire-safety inspection before opening' },
  // 企业注销一件事
  { id: 'tax-clearance', name: '清税证明开具', departmentId: 'swuj', themeIds: ['b-exit', 'b-tax'], target: 'business', materials: [businessLicence], timeLimitDays: 1, keywords: ['清税', '税务注销'], en: 'Tax clearance certificate' },
  { id: 'social-exit', name: '单位社会保险注销登记', departmentId: 'rsj', themeIds: ['b-exit', 'b-hr'], target: 'business', materials: [businessLicence], timeLimitDays: 1, keywords: ['社保销户'], en: 'Closing the employer social insurance account' },
  { id: 'fund-exit', name: '住房公积金单位缴存注销', departmentId: 'gjj', themeIds: ['b-exit', 'b-hr'], target: 'business', materials: [businessLicence], timeLimitDays: 1, keywords: ['公积金销户'], en: 'Closing the employer housing fund account' },
  { id: 'seal-cancel', name: '公章缴销', departmentId: 'gaj', themeIds: ['b-exit'], target: 'business', materials: [businessLicence], timeLimitDays: 1, keywords: ['公章作废'], en: 'Surrendering the company seal' },
  // 二手房转移登记及水电气网联动过户一件事
  { id: 'property-transfer', name: '存量房转移登记', departmentId: 'ghzyj', themeIds: ['p-housing'], materials: [idCard, property, MAT.salesContract], timeLimitDays: 1, keywords: ['二手房过户', '房产过户', '买房过户'], en: 'Transfer registration of a second-hand home' },
  { id: 'property-tax', name: '存量房交易税费申报', departmentId: 'swuj', themeIds: ['p-housing'], materials: [idCard, MAT.salesContract], timeLimitDays: 1, keywords: ['契税', '二手房税费'], en: 'Taxes on a second-hand home sale' },
  { id: 'utility-transfer', name: '水电气网联动过户', departmentId: 'ghzyj', themeIds: ['p-housing'], materials: [idCard, property], timeLimitDays: 3, keywords: ['水电过户', '燃气过户', '宽带过户'], en: 'Water, power, gas and broadband transfer with the home' },
  { id: 'fund-purchase-withdraw', name: '购房提取住房公积金', departmentId: 'gjj', themeIds: ['p-housing'], materials: [idCard, MAT.salesContract], timeLimitDays: 3, keywords: ['买房提取', '公积金提取'], en: 'Housing fund withdrawal for a home purchase' },
  // 户口迁移一件事
  { id: 'hukou-move-in', name: '户口迁入登记', departmentId: 'gaj', themeIds: ['p-identity'], materials: [idCard, hukou, MAT.moveInProof], timeLimitDays: 5, keywords: ['迁户口', '落户', '户口迁移'], en: 'Moving your household registration here' },
  { id: 'id-card-renew', name: '居民身份证换领（户口迁移）', departmentId: 'gaj', themeIds: ['p-identity'], materials: [idCard, hukou, photo], timeLimitDays: 10, keywords: ['换身份证', '身份证地址'], en: 'New ID card after a move' },
  { id: 'medical-transfer', name: '医保关系转移接续', departmentId: 'ybj', themeIds: ['p-social'], materials: [idCard], timeLimitDays: 15, keywords: ['医保转移'], en: 'Transferring medical insurance' },
  { id: 'pension-transfer', name: '养老保险关系转移接续', departmentId: 'rsj', themeIds: ['p-social'], materials: [idCard], timeLimitDays: 15, keywords: ['社保转移', '养老保险转移'], en: 'Transferring the pension account' },
  // 医疗费用报销一件事
  { id: 'medical-reimburse', name: '医疗费用零星报销', departmentId: 'ybj', themeIds: ['p-social'], materials: [idCard, MAT.medicalBills, MAT.dischargeSummary], timeLimitDays: 20, keywords: ['报销', '医药费报销', '看病报销'], en: 'Reimbursement of medical costs' },
  { id: 'serious-illness', name: '大病保险待遇申请', departmentId: 'ybj', themeIds: ['p-social'], materials: [idCard, MAT.medicalBills], timeLimitDays: 20, keywords: ['大病', '重疾'], en: 'Serious illness insurance' },
  { id: 'medical-aid', name: '医疗救助申请', departmentId: 'ybj', themeIds: ['p-social'], materials: [idCard, MAT.medicalBills, incomeProof], timeLimitDays: 20, keywords: ['医疗救助', '看病困难'], en: 'Medical assistance' },
  { id: 'offsite-filing', name: '异地就医备案', departmentId: 'ybj', themeIds: ['p-social'], materials: [idCard], timeLimitDays: 0, keywords: ['异地就医', '外地看病'], en: 'Registering for medical treatment elsewhere' },
  // 信用修复一件事
  { id: 'credit-repair', name: '公共信用信息修复', departmentId: 'fgj', themeIds: ['i-enterprise'], target: 'business', materials: [businessLicence, MAT.creditCommitment, MAT.penaltyDone], timeLimitDays: 5, keywords: ['信用修复', '失信', '黑名单'], en: 'Public credit record repair' },
  { id: 'abnormal-removal', name: '经营异常名录移出', departmentId: 'scjgj', themeIds: ['i-enterprise', 'b-change'], target: 'business', materials: [businessLicence, MAT.creditCommitment], timeLimitDays: 3, keywords: ['经营异常', '移出异常'], en: 'Removal from the list of abnormal operations' },
  { id: 'tax-credit-repair', name: '纳税信用修复', departmentId: 'swuj', themeIds: ['b-tax'], target: 'business', materials: [businessLicence, MAT.creditCommitment], timeLimitDays: 15, keywords: ['纳税信用'], en: 'Tax credit repair' },
  // 灵活就业一件事
  { id: 'flex-registration', name: '灵活就业人员就业登记', departmentId: 'rsj', themeIds: ['p-employment'], materials: [idCard], timeLimitDays: 0, keywords: ['灵活就业', '自由职业', '外卖骑手'], en: 'Registering as flexibly employed' },
  { id: 'flex-pension', name: '灵活就业人员养老保险参保登记', departmentId: 'rsj', themeIds: ['p-employment', 'p-social'], materials: [idCard], timeLimitDays: 1, keywords: ['个人交社保', '自己交社保'], en: 'Pension insurance for the flexibly employed' },
  { id: 'flex-medical', name: '灵活就业人员医保参保登记', departmentId: 'ybj', themeIds: ['p-social'], materials: [idCard], timeLimitDays: 1, keywords: ['个人交医保'], en: 'Medical insurance for the flexibly employed' },
  { id: 'flex-subsidy', name: '灵活就业人员社会保险补贴申领', departmentId: 'rsj', themeIds: ['p-employment'], materials: [idCard, incomeProof], timeLimitDays: 20, keywords: ['社保补贴'], en: 'Social insurance subsidy for the flexibly employed' },
  // 失业一件事
  { id: 'unemployment-registration', name: '失业登记', departmentId: 'rsj', themeIds: ['p-employment'], materials: [idCard, MAT.unemploymentProof], timeLimitDays: 0, keywords: ['失业', '没工作'], en: 'Unemployment registration' },
  { id: 'unemployment-benefit', name: '失业保险金申领', departmentId: 'rsj', themeIds: ['p-employment', 'p-social'], materials: [idCard, MAT.unemploymentProof], timeLimitDays: 10, keywords: ['失业金', '失业保险金'], en: 'Unemployment benefit' },
  { id: 'skill-training-subsidy', name: '职业技能培训补贴申领', departmentId: 'rsj', themeIds: ['p-employment', 'p-qualification'], materials: [idCard], timeLimitDays: 20, keywords: ['培训补贴', '技能培训'], en: 'Skills training subsidy' },
  // 个人创业一件事
  { id: 'self-employed-registration', name: '个体工商户设立登记', departmentId: 'scjgj', themeIds: ['b-setup', 'p-employment'], materials: [idCard, addressProof], timeLimitDays: 1, keywords: ['个体户', '开店'], en: 'Sole trader registration' },
  { id: 'startup-subsidy', name: '一次性创业资助申领', departmentId: 'rsj', themeIds: ['p-employment'], materials: [idCard, businessLicence], timeLimitDays: 20, keywords: ['创业补贴', '创业资助'], en: 'One-off start-up grant' },
  { id: 'startup-loan', name: '创业担保贷款贴息申请', departmentId: 'rsj', themeIds: ['p-employment'], materials: [idCard, businessLicence], timeLimitDays: 15, keywords: ['创业贷款', '贴息'], en: 'Start-up guaranteed loan' },
  // 租房一件事
  { id: 'rental-filing', name: '房屋租赁登记备案', departmentId: 'zjj', themeIds: ['p-housing'], materials: [idCard, residenceProof], timeLimitDays: 3, keywords: ['租房备案', '租赁备案'], en: 'Rental registration' },
  { id: 'rent-fund-withdraw', name: '租房提取住房公积金', departmentId: 'gjj', themeIds: ['p-housing'], materials: [idCard, residenceProof], timeLimitDays: 3, keywords: ['租房提取', '公积金租房'], en: 'Housing fund withdrawal for rent' },
  { id: 'rent-subsidy', name: '住房租赁补贴申请', departmentId: 'zjj', themeIds: ['p-housing'], materials: [idCard, incomeProof, residenceProof], timeLimitDays: 20, keywords: ['租房补贴'], en: 'Rent subsidy' },
  // 工程建设项目开工一件事
  { id: 'planning-permit', name: '建设工程规划许可证核发', departmentId: 'ghzyj', themeIds: ['i-construction', 'b-investment'], target: 'business', materials: [businessLicence, MAT.landProof, MAT.constructionDrawings], timeLimitDays: 10, keywords: ['规划许可', '规划证'], en: 'Construction planning permit' },
  { id: 'construction-permit', name: '建筑工程施工许可证核发', departmentId: 'zjj', themeIds: ['i-construction', 'b-investment'], target: 'business', materials: [businessLicence, MAT.constructionDrawings], timeLimitDays: 3, keywords: ['施工许可', '开工'], en: 'Building construction permit' },
  { id: 'road-dig', name: '城市道路挖掘许可', departmentId: 'cgj', themeIds: ['i-construction'], target: 'business', materials: [businessLicence, MAT.constructionDrawings], timeLimitDays: 5, keywords: ['挖路', '道路挖掘'], en: 'Road excavation permit' },
  { id: 'night-work', name: '夜间施工许可', departmentId: 'cgj', themeIds: ['i-construction'], target: 'business', materials: [businessLicence], timeLimitDays: 3, keywords: ['夜间施工', '晚上施工'], en: 'Night construction permit' },
  // 竣工联合验收一件事
  { id: 'completion-filing', name: '建设工程竣工验收备案', departmentId: 'zjj', themeIds: ['i-construction'], target: 'business', materials: [businessLicence, MAT.completionReport], timeLimitDays: 5, keywords: ['竣工验收', '竣工备案'], en: 'Completion acceptance filing' },
  { id: 'planning-check', name: '建设工程规划条件核实', departmentId: 'ghzyj', themeIds: ['i-construction'], target: 'business', materials: [businessLicence, MAT.completionReport], timeLimitDays: 10, keywords: ['规划验收'], en: 'Planning compliance check' },
  { id: 'fire-acceptance', name: '建设工程消防验收', departmentId: 'zjj', themeIds: ['i-construction'], target: 'business', materials: [businessLicence, MAT.completionReport], timeLimitDays: 10, keywords: ['消防验收'], en: 'Fire-safety acceptance' },
  { id: 'env-acceptance', name: '建设项目竣工环境保护验收备案', departmentId: 'sthj', themeIds: ['i-environment', 'i-construction'], target: 'business', materials: [businessLicence, MAT.completionReport], timeLimitDays: 5, keywords: ['环保验收'], en: 'Environmental completion acceptance filing' },
  // 社会救助一件事
  { id: 'dibao', name: '最低生活保障申请', departmentId: 'mzj', themeIds: ['p-social'], materials: [idCard, hukou, incomeProof], timeLimitDays: 20, keywords: ['低保', '困难补助'], en: 'Minimum living allowance' },
  { id: 'temp-relief', name: '临时救助申请', departmentId: 'mzj', themeIds: ['p-social'], materials: [idCard, incomeProof], timeLimitDays: 10, keywords: ['临时救助', '急难救助'], en: 'Temporary relief' },
  { id: 'student-aid', name: '家庭经济困难学生资助申请', departmentId: 'jyj', themeIds: ['p-education'], materials: [idCard, incomeProof], timeLimitDays: 15, keywords: ['助学金', '学生资助'], en: 'Financial aid for students' },
  // 开办旅馆一件事
  { id: 'hotel-licence', name: '旅馆业特种行业许可证核发', departmentId: 'gaj', themeIds: ['i-culture', 'b-operation'], target: 'business', materials: [businessLicence, idCard, MAT.premisesPlan], timeLimitDays: 20, keywords: ['旅馆', '民宿', '开酒店'], en: 'Hotel special-trade licence' },
  { id: 'public-hygiene', name: '公共场所卫生许可', departmentId: 'wjj', themeIds: ['b-operation'], target: 'business', materials: [businessLicence, MAT.premisesPlan], timeLimitDays: 10, keywords: ['卫生许可'], en: 'Public place hygiene licence' },
  // 开办诊所一件事
  { id: 'clinic-filing', name: '诊所执业备案', departmentId: 'wjj', themeIds: ['i-medical', 'b-operation'], target: 'business', materials: [businessLicence, MAT.premisesPlan, MAT.medicalStaff], timeLimitDays: 5, keywords: ['开诊所', '诊所备案'], en: 'Clinic registration' },
  { id: 'doctor-registration', name: '医师执业注册（执业地点变更）', departmentId: 'wjj', themeIds: ['i-medical', 'p-qualification'], materials: [idCard, MAT.medicalStaff], timeLimitDays: 20, keywords: ['医师注册', '多点执业'], en: 'Doctor practice registration' },
  { id: 'radiation-licence', name: '放射诊疗许可', departmentId: 'wjj', themeIds: ['i-medical'], target: 'business', materials: [businessLicence, MAT.premisesPlan], timeLimitDays: 20, keywords: ['放射诊疗', '拍片'], en: 'Radiation diagnosis licence' },
  // 开办药店一件事
  { id: 'drug-retail', name: '药品零售企业经营许可', departmentId: 'scjgj', themeIds: ['b-operation', 'i-medical', 'i-retail'], target: 'business', materials: [businessLicence, idCard, MAT.premisesPlan, MAT.medicalStaff], timeLimitDays: 15, keywords: ['药店', '开药店', '药房'], en: 'Retail pharmacy licence' },
  { id: 'device-filing', name: '第二类医疗器械经营备案', departmentId: 'scjgj', themeIds: ['b-operation', 'i-medical'], target: 'business', materials: [businessLicence, MAT.premisesPlan], timeLimitDays: 1, keywords: ['医疗器械'], en: 'Medical device trading filing' },
  { id: 'medicare-pharmacy', name: '医保定点零售药店申请', departmentId: 'ybj', themeIds: ['i-medical'], target: 'business', materials: [businessLicence, MAT.medicalStaff], timeLimitDays: 20, keywords: ['医保定点', '刷医保'], en: 'Medicare-designated pharmacy' },
  // 养老服务一件事
  { id: 'elder-allowance', name: '高龄老人津贴申领', departmentId: 'mzj', themeIds: ['p-retirement'], materials: [idCard, hukou], timeLimitDays: 20, keywords: ['高龄津贴', '长寿保健金'], en: 'Old-age allowance' },
  { id: 'home-care', name: '居家养老服务补贴申请', departmentId: 'mzj', themeIds: ['p-retirement'], materials: [idCard, incomeProof], timeLimitDays: 20, keywords: ['居家养老', '养老补贴'], en: 'Home care subsidy' },
  { id: 'ltc-insurance', name: '长期护理保险待遇申请', departmentId: 'ybj', themeIds: ['p-retirement', 'p-social'], materials: [idCard, medicalReport], timeLimitDays: 20, keywords: ['长护险', '失能'], en: 'Long-term care insurance' },
]

export const NATIONAL_ITEMS: RealItemSeed[] = SEEDS.map(({ en: _en, ...seed }) => ({ ...seed, cloudWindow: false }))
export const NATIONAL_ITEM_NAMES_EN: Record<string, string> = Object.fromEntries(SEEDS.map((s) => [s.id, s.en]))

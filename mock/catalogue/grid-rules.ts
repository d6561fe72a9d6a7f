import type { ServiceItem } from '../../src/contract'

/**
 * How a department's subject becomes one catalogue item with 情形 (situations), as data a reviewer can read.
 *
 * A subject (居民身份证, 食品经营许可, 失业保险金 …) has a kind. The kind says who may apply (a resident, a
 * business, or both), what the item is called (居民身份证办理, 失业保险金申领, 食品经营许可), and which 情形 it
 * has: the things one can do with it (首次申领 / 换领 / 补领 …, 新办 / 变更 / 延续 / 注销 …). Only what makes
 * sense: an identity card is never a business's, a licence is never cancelled by a resident, a 证明 has
 * nothing to renew. Each 情形 is one 办理项 (how Guangdong's catalogue counts them): booked at a hall
 * (`book`), done fully online (`online`, 全程网办) or at a 政务晓屋 self-service terminal (`self`, 自助办).
 */
export type Access = 'book' | 'online' | 'self'
export type Applicant = ServiceItem['target']

export interface SituationRule {
  code: string
  name: string
  access: Access
  /** an extra material this 情形 asks for */
  extra?: string
  /** 0 = 即办; otherwise the item's time limit */
  instant?: boolean
}

export interface KindRule {
  who: Applicant
  /** appended to the subject for the item's name, unless the subject already ends with it */
  suffix: string
  situations: SituationRule[]
}

const s = (code: string, name: string, access: Access = 'book', extra?: string, instant?: boolean): SituationRule => ({ code, name, access, extra, instant })
const QUERY = s('query', '办理进度及结果查询', 'online', undefined, true)

export const KINDS = {
  /** 个人证件: 首次申领 / 换领 / 补领 */
  card: { who: 'person', suffix: '办理', situations: [s('first', '首次申领'), s('renew', '有效期满换领'), s('damaged', '损坏换领'), s('lost', '遗失补领', 'book', '遗失情况说明'), s('amend', '证件信息变更'), QUERY] },
  /** 户口: 迁入 / 迁出 … */
  hukou: { who: 'person', suffix: '', situations: [s('move-in', '市外迁入'), s('move-out', '迁往市外'), s('in-city', '市内迁移'), s('family', '投靠亲属入户', 'book', '亲属关系证明'), s('talent', '人才入户', 'book', '学历或职称证书'), QUERY] },
  /** 个人执业、资格: 注册 / 变更 / 延续 / 注销 */
  practice: { who: 'person', suffix: '', situations: [s('first', '首次注册（认定）'), s('change', '变更注册'), s('renew', '延续注册'), s('reissue', '证书补办', 'book', '遗失情况说明'), s('cancel', '注销注册', 'online'), QUERY] },
  /** 经营主体登记: 设立 / 变更 / 注销 / 年报 */
  entity: { who: 'business', suffix: '', situations: [s('setup', '设立登记'), s('change', '变更登记', 'book', '变更决议或决定'), s('filing', '备案（章程、成员）'), s('cancel', '注销登记', 'book', '清算报告'), s('annual', '年度报告', 'online'), s('cert', '登记信息证明开具', 'self', undefined, true), QUERY] },
  /** 行政许可（单位）: 新办 / 变更 / 延续 / 补证 / 注销 */
  licence: { who: 'business', suffix: '', situations: [s('new', '新办'), s('change-name', '变更（名称、法定代表人）', 'book', '变更证明材料'), s('change-place', '变更（经营场所、许可范围）', 'book', '变更后场所平面图'), s('renew', '延续（到期换证）'), s('reissue', '补证', 'online', '遗失情况说明'), s('cancel', '注销', 'online'), QUERY] },
  /** 审批、核准（单位，一次性）: 申请 / 变更 / 延期 */
  approval: { who: 'business', suffix: '审批', situations: [s('apply', '申请'), s('change', '变更'), s('extend', '延期', 'online'), QUERY] },
  /** 可由个人或单位申请的审批（如城市道路占用、树木迁移） */
  approvalBoth: { who: 'both', suffix: '审批', situations: [s('person', '个人申请'), s('business', '单位申请'), s('change', '变更或延期'), QUERY] },
  /** 备案（单位）: 首次 / 变更 / 注销 */
  filing: { who: 'business', suffix: '', situations: [s('first', '首次备案'), s('change', '变更备案'), s('cancel', '注销备案', 'online'), QUERY] },
  /** 个人待遇、补贴、救助: 申请 / 变更 / 停发 */
  benefit: { who: 'person', suffix: '申请', situations: [s('apply', '本人申请'), s('proxy', '家属或村（居）委代为申请', 'book', '代办人身份证及委托书'), s('change', '待遇信息变更'), s('stop', '停发（不再符合条件）'), s('review', '年度复核'), QUERY] },
  /** 企业补贴、扶持 */
  grant: { who: 'business', suffix: '申请', situations: [s('apply', '申请'), s('change', '申请信息更正'), QUERY] },
  /** 参保、账户、关系转移（个人） */
  insurance: { who: 'person', suffix: '', situations: [s('enrol', '参保登记'), s('change', '参保信息变更'), s('stop', '停保'), s('transfer', '关系转移接续'), s('query', '缴费记录查询', 'online', undefined, true), s('cert', '参保证明开具', 'self', undefined, true)] },
  /** 婚姻登记 */
  civil: { who: 'person', suffix: '', situations: [s('register', '办理登记'), s('reissue', '补领证件', 'book', '申请补领声明'), s('cert', '登记记录证明', 'book', undefined, true)] },
  /** 证明、查询（个人或单位）: 自助或网上开具 */
  proof: { who: 'both', suffix: '开具', situations: [s('self', '政务晓屋自助打印', 'self', undefined, true), s('online', '网上申请电子证明', 'online', undefined, true)] },
  /** 全程网办（个人所得税App、粤医保）: nothing to book */
  online: { who: 'both', suffix: '', situations: [s('online', '网上办理', 'online', undefined, true), s('self', '政务晓屋自助查询', 'self', undefined, true)] },
  /** 税费（单位）: 申报 / 更正 / 减免 */
  tax: { who: 'business', suffix: '申报', situations: [s('declare', '按期申报', 'online'), s('correct', '更正申报'), s('relief', '减免税备案'), s('cert', '完税证明开具', 'self', undefined, true)] },
  /** 个人公积金、提取 */
  fund: { who: 'person', suffix: '', situations: [s('buy', '购房提取'), s('rent', '租房提取', 'online'), s('retire', '退休提取'), s('leave', '离职提取'), s('loan', '偿还贷款提取', 'online'), QUERY] },
  /** 服务、检测、鉴定（个人或单位） */
  service: { who: 'both', suffix: '申请', situations: [s('person', '个人申请'), s('business', '单位申请'), QUERY] },
  /** 单位的服务、检测 */
  bizService: { who: 'business', suffix: '申请', situations: [s('apply', '申请'), s('change', '申请事项变更'), QUERY] },
} satisfies Record<string, KindRule>

export type SubjectKind = keyof typeof KINDS

/** 情形 in English, by name (the app shows them when it is in English; english.test.ts checks every one has a line). */
export const SITUATION_EN: Record<string, string> = {
  '个人申请': 'Applied for by a resident',
  '人才入户': 'Hukou for talent',
  '停保': 'Stop insurance',
  '停发（不再符合条件）': 'Stop payment (no longer eligible)',
  '偿还贷款提取': 'Withdrawal to repay a loan',
  '关系转移接续': 'Transfer of insurance records',
  '减免税备案': 'Tax relief filing',
  '办理登记': 'Register',
  '办理进度及结果查询': 'Check progress and result',
  '单位申请': 'Applied for by a business',
  '参保信息变更': 'Change insurance details',
  '参保登记': 'Enrol',
  '参保证明开具': 'Insurance certificate',
  '变更': 'Change',
  '变更备案': 'Change filing',
  '变更或延期': 'Change or extend',
  '变更注册': 'Change registration',
  '变更登记': 'Change registration',
  '变更（名称、法定代表人）': 'Change (name, legal representative)',
  '变更（经营场所、许可范围）': 'Change (premises, scope)',
  '备案（章程、成员）': 'Filing (articles, members)',
  '完税证明开具': 'Tax payment certificate',
  '家属或村（居）委代为申请': 'Applied for by family or the village committee',
  '市内迁移': 'Move within the city',
  '市外迁入': 'Move in from outside the city',
  '年度复核': 'Annual review',
  '年度报告': 'Annual report',
  '延期': 'Extend',
  '延续注册': 'Renew registration',
  '延续（到期换证）': 'Renew (on expiry)',
  '待遇信息变更': 'Change benefit details',
  '投靠亲属入户': 'Hukou with relatives',
  '按期申报': 'File on time',
  '损坏换领': 'Replace a damaged card',
  '政务晓屋自助打印': 'Print at a Gov kiosk',
  '政务晓屋自助查询': 'Look up at a Gov kiosk',
  '新办': 'New licence',
  '更正申报': 'Correct a return',
  '有效期满换领': 'Renew on expiry',
  '本人申请': 'Applied for in person',
  '注销': 'Cancel',
  '注销备案': 'Cancel filing',
  '注销注册': 'Cancel registration',
  '注销登记': 'Deregister',
  '申请': 'Apply',
  '申请事项变更': 'Change the application',
  '申请信息更正': 'Correct the application',
  '登记信息证明开具': 'Registration certificate',
  '登记记录证明': 'Record certificate',
  '离职提取': 'Withdrawal on leaving a job',
  '租房提取': 'Withdrawal for rent',
  '缴费记录查询': 'Payment record',
  '网上办理': 'Online',
  '网上申请电子证明': 'E-certificate online',
  '补证': 'Reissue',
  '补领证件': 'Reissue the certificate',
  '设立登记': 'Set up',
  '证书补办': 'Reissue the certificate',
  '证件信息变更': 'Change card details',
  '购房提取': 'Withdrawal for a home purchase',
  '迁往市外': 'Move out of the city',
  '退休提取': 'Withdrawal on retirement',
  '遗失补领': 'Replace a lost card',
  '首次备案': 'First filing',
  '首次注册（认定）': 'First registration',
  '首次申领': 'First application',
}

/**
 * A subject's kind from its name, first rule that fits (a reviewer reads them top to bottom); SUBJECTS below
 * overrides single subjects. `none` subjects are not items of their own: a 情形 of another item says so.
 */
export const KIND_BY_NAME: Array<[RegExp, SubjectKind]> = [
  [/证明$|资料$|测绘成果$/, 'proof'],
  [/身份证|居住证|驾驶证|通行证|社会保障卡|优待证|残疾人证|预防接种证/, 'card'],
  [/户口/, 'hukou'],
  [/执业注册|资格认定|等级证书|操作证|驾驶员证|保安员证|普通话/, 'practice'],
  [/企业登记|工商户登记|社会团体登记|民办非企业单位登记|税务登记/, 'entity'],
  [/补贴|补助|救助|抚恤|保险金|供养|奖励|资助|扶持|最低生活|津贴/, 'benefit'],
  [/参保|保险关系|医保关系|账户|异地就医|长期护理|大病保险|门诊特定病种|生育医疗费用|零星报销/, 'insurance'],
  [/备案/, 'filing'],
  [/婚登记/, 'civil'],
  [/许可|资质|合格证|经营$|办学|执业$|设立$|养殖证|运输证/, 'licence'],
  [/税$|纳税人|汇算|缴纳/, 'tax'],
  [/检定|检测|鉴定|评估|评价|监测|服务$|验收/, 'bizService'],
]

export interface SubjectRule {
  kind?: SubjectKind | 'none'
  /** the item's name when kind's suffix does not read well */
  name?: string
  who?: Applicant
  /** why an item has no 情形 of its kind's own, or which item holds it */
  note?: string
}

/** Single subjects whose name alone does not tell (reviewed one by one). */
export const SUBJECTS: Record<string, SubjectRule> = {
  居民身份证: { kind: 'card', name: '居民身份证办理' },
  临时身份证: { kind: 'card', name: '临时居民身份证办理' },
  户籍证明: { kind: 'proof', who: 'person' },
  出入境通行证: { kind: 'card', name: '往来港澳台通行证办理' },
  机动车登记: { kind: 'licence', who: 'person', name: '机动车登记' },
  印章刻制: { kind: 'filing', name: '印章刻制备案' },
  犬只登记: { kind: 'filing', who: 'person', name: '犬只登记' },
  旅馆业特种行业许可: { kind: 'none', note: '真实事项“旅馆业特种行业许可证核发”' },
  计量器具检定: { kind: 'bizService' },
  商标质押: { kind: 'filing', name: '商标专用权质押登记' },
  股权出质: { kind: 'filing', name: '股权出质登记' },
  动产抵押: { kind: 'filing', name: '动产抵押登记' },
  广告发布登记: { kind: 'filing' },
  特种设备使用登记: { kind: 'filing' },
  失业保险金: { kind: 'benefit', name: '失业保险金申领' },
  城乡居民养老保险: { kind: 'insurance', name: '城乡居民养老保险参保登记' },
  灵活就业人员参保: { kind: 'insurance', name: '灵活就业人员社保参保登记' },
  失业登记: { kind: 'benefit', name: '失业登记' },
  就业困难人员认定: { kind: 'benefit', name: '就业困难人员认定' },
  高校毕业生就业补贴: { kind: 'benefit', name: '高校毕业生就业补贴申请' },
  被征地农民养老保障: { kind: 'benefit', name: '被征地农民养老保障申请' },
  城乡居民医保缴费: { kind: 'insurance', name: '城乡居民医保缴费' },
  灵活就业人员医保参保: { kind: 'insurance', name: '灵活就业人员医保参保登记' },
  孤儿基本生活保障: { kind: 'benefit', name: '孤儿基本生活保障金申请' },
  事实无人抚养儿童生活补贴: { kind: 'benefit', name: '事实无人抚养儿童生活补贴申请' },
  低收入家庭认定: { kind: 'benefit', name: '低收入家庭认定' },
  困难群众价格临时补贴: { kind: 'benefit', name: '困难群众价格临时补贴申请' },
  经济困难老年人服务补贴: { kind: 'benefit', name: '经济困难老年人服务补贴申请' },
  独生子女父母光荣证: { kind: 'card', name: '独生子女父母光荣证办理' },
  计划生育特别扶助: { kind: 'benefit', name: '计划生育特别扶助申请' },
  家庭医生签约: { kind: 'benefit', name: '家庭医生签约服务申请' },
  残疾人职业培训补贴: { kind: 'benefit', name: '残疾人职业培训补贴申请' },
  精神障碍患者监护补贴: { kind: 'benefit', name: '精神障碍患者监护补贴申请' },
  退役军人信息采集: { kind: 'benefit', name: '退役军人信息采集' },
  义务兵家庭优待金: { kind: 'benefit', name: '义务兵家庭优待金申领' },
  优抚对象定期抚恤: { kind: 'benefit', name: '优抚对象定期抚恤补助申领' },
  耕地地力保护补贴: { kind: 'benefit', name: '耕地地力保护补贴申请', who: 'both' },
  农村危房改造: { kind: 'benefit', name: '农村危房改造补助申请' },
  城镇住房困难家庭认定: { kind: 'benefit', name: '城镇住房困难家庭认定' },
  企业职工基本养老金: { kind: 'benefit', name: '企业职工基本养老金申领' },
  就业登记: { kind: 'insurance', name: '就业失业登记' },
  工伤认定: { kind: 'benefit', name: '工伤认定申请' },
  人才引进: { kind: 'benefit', name: '人才引进入户申请' },
  社会保障卡: { kind: 'card', name: '社会保障卡办理' },
  养老保险关系: { kind: 'insurance', name: '养老保险关系转移接续' },
  城乡居民医保参保: { kind: 'insurance', name: '城乡居民医保参保登记' },
  职工医保参保: { kind: 'insurance', name: '职工医保参保登记' },
  定点医药机构: { kind: 'licence', name: '医保定点医药机构申请' },
  医保个人账户: { kind: 'online', who: 'person', name: '医保个人账户查询' },
  出生医学证明: { kind: 'card', name: '出生医学证明办理' },
  生育登记: { kind: 'benefit', name: '生育登记' },
  义诊活动: { kind: 'filing', name: '义诊活动备案' },
  职业健康检查: { kind: 'filing', name: '职业健康检查机构备案' },
  婚姻登记记录证明: { kind: 'proof', who: 'person' },
  特困人员供养: { kind: 'benefit', name: '特困人员救助供养申请' },
  老年人优待证: { kind: 'card', name: '老年人优待证办理' },
  殡葬服务: { kind: 'service', name: '殡葬服务申请', who: 'person' },
  地名命名: { kind: 'approval', name: '地名命名、更名审批' },
  公共租赁住房: { kind: 'benefit', name: '公共租赁住房申请' },
  既有住宅加装电梯: { kind: 'service', name: '既有住宅加装电梯申请', who: 'person' },
  建设工程消防验收: { kind: 'none', note: '真实事项“建设工程消防验收”' },
  房屋安全鉴定: { kind: 'service' },
  房屋租赁登记备案: { kind: 'filing', who: 'both' },
  不动产登记: { kind: 'approvalBoth', name: '不动产登记' },
  不动产抵押登记: { kind: 'approvalBoth', name: '不动产抵押登记' },
  征地补偿: { kind: 'benefit', name: '征地补偿款申领' },
  土地复垦方案: { kind: 'approval', name: '土地复垦方案审查' },
  规划条件核实: { kind: 'none', note: '真实事项“建设工程规划条件核实”' },
  林木采伐许可: { kind: 'none', note: '真实事项“林木采伐许可证核发”' },
  临时用地审批: { kind: 'approval', name: '临时用地审批' },
  城市道路占用: { kind: 'approvalBoth', name: '城市道路占用许可' },
  城市道路挖掘: { kind: 'approval', name: '城市道路挖掘许可' },
  树木迁移砍伐: { kind: 'approvalBoth', name: '城市树木迁移、砍伐审批' },
  绿化用地占用: { kind: 'approval', name: '临时占用城市绿化用地审批' },
  店招牌匾设置: { kind: 'filing', name: '店招牌匾设置备案' },
  夜间施工: { kind: 'approval', name: '夜间施工许可' },
  摊贩临时经营: { kind: 'approvalBoth', name: '摊贩临时经营点申请', who: 'person' },
  城市照明设施: { kind: 'approval', name: '城市照明设施迁移审批' },
  建筑垃圾处置: { kind: 'licence', name: '建筑垃圾处置核准' },
  生活垃圾经营性收集: { kind: 'licence', name: '生活垃圾经营性收集许可' },
  临时户外广告设置: { kind: 'approval', name: '临时户外广告设置审批' },
  户外广告设施设置: { kind: 'approval', name: '户外广告设施设置审批' },
  发票领用: { kind: 'filing', name: '发票领用' },
  增值税一般纳税人: { kind: 'filing', name: '增值税一般纳税人登记' },
  个人所得税汇算: { kind: 'online', who: 'person', name: '个人所得税综合所得年度汇算' },
  出口退税备案: { kind: 'filing' },
  税收优惠备案: { kind: 'filing' },
  社保费缴纳: { kind: 'tax', who: 'both', name: '社保费缴纳' },
  清税证明: { kind: 'proof', who: 'business' },
  纳税证明: { kind: 'proof' },
  义务教育入学: { kind: 'benefit', name: '义务教育入学申请', note: '入学报名见“义务教育阶段入学报名”' },
  转学: { kind: 'benefit', name: '转学申请' },
  学籍证明: { kind: 'proof', who: 'person' },
  学生资助: { kind: 'benefit', name: '学生资助申请' },
  校外培训机构: { kind: 'licence', name: '校外培训机构办学许可' },
  中小学教师职称: { kind: 'practice', name: '中小学教师职称评审' },
  学历证明: { kind: 'proof', who: 'person' },
  特殊教育: { kind: 'benefit', name: '特殊教育入学申请' },
  超限运输: { kind: 'approval', name: '超限运输车辆行驶公路许可' },
  公路用地占用: { kind: 'approval', name: '占用、挖掘公路用地许可' },
  机动车维修备案: { kind: 'filing' },
  水路运输: { kind: 'licence', name: '水路运输经营许可' },
  公交线路: { kind: 'approval', name: '公交线路经营权审批' },
  客运站经营: { kind: 'licence', name: '客运站经营许可' },
  建设项目环境影响评价: { kind: 'approval', name: '建设项目环境影响评价审批' },
  固体废物转移: { kind: 'approval', name: '固体废物跨省转移审批' },
  噪声排放: { kind: 'filing', name: '夜间噪声排放申报' },
  排污权交易: { kind: 'bizService', name: '排污权交易申请' },
  环境监测: { kind: 'bizService', name: '环境监测数据查询申请' },
  污染源在线监测: { kind: 'filing', name: '污染源自动监控设施备案' },
  机动车环保检验: { kind: 'bizService', name: '机动车环保检验申请', who: 'both' },
  安全评价: { kind: 'filing', name: '安全评价报告备案' },
  生产安全事故应急预案: { kind: 'filing', name: '生产安全事故应急预案备案' },
  非药品类易制毒化学品: { kind: 'filing', name: '非药品类易制毒化学品经营备案' },
  安全设施设计审查: { kind: 'approval', name: '安全设施设计审查' },
  消防安全检查: { kind: 'none', note: '真实事项“公众聚集场所投入使用、营业前消防安全检查”' },
  应急救援队伍: { kind: 'filing', name: '应急救援队伍备案' },
  防汛防旱: { kind: 'bizService', name: '防汛防旱物资调用申请' },
  自然灾害救助: { kind: 'benefit', name: '自然灾害救助申请' },
  营业性演出许可: { kind: 'licence' },
  旅行社设立: { kind: 'licence', name: '旅行社设立许可' },
  高危险性体育项目: { kind: 'licence', name: '高危险性体育项目经营许可' },
  文物保护单位: { kind: 'approval', name: '文物保护单位修缮审批' },
  广播电视设施: { kind: 'approval', name: '广播电视设施迁建审批' },
  艺术品经营: { kind: 'filing', name: '艺术品经营单位备案' },
  游艺娱乐场所: { kind: 'licence', name: '游艺娱乐场所经营许可' },
  体育赛事: { kind: 'filing', name: '体育赛事活动备案' },
  农作物种子生产经营: { kind: 'licence', name: '农作物种子生产经营许可' },
  水产养殖证: { kind: 'licence', name: '水域滩涂养殖证', who: 'both' },
  农村宅基地: { kind: 'approval', name: '农村宅基地申请审批', who: 'person' },
  农机购置补贴: { kind: 'benefit', name: '农机购置补贴申请', who: 'both' },
  生猪定点屠宰: { kind: 'licence', name: '生猪定点屠宰许可' },
  畜禽养殖备案: { kind: 'filing', who: 'both' },
  农业机械登记: { kind: 'licence', name: '拖拉机和联合收割机登记', who: 'both' },
  退役士兵接收安置: { kind: 'benefit', name: '退役士兵接收安置' },
  退役军人优待证: { kind: 'card', name: '退役军人优待证办理' },
  自主就业一次性经济补助: { kind: 'benefit', name: '自主就业退役士兵一次性经济补助申领' },
  烈士褒扬: { kind: 'benefit', name: '烈士褒扬金申领' },
  军人家属随军: { kind: 'benefit', name: '军人家属随军申请' },
  光荣牌悬挂: { kind: 'benefit', name: '光荣牌悬挂申请' },
  退役军人培训: { kind: 'benefit', name: '退役军人教育培训申请' },
  军休服务: { kind: 'benefit', name: '军队离退休干部服务申请' },
  优抚对象医疗保障: { kind: 'benefit', name: '优抚对象医疗保障申请' },
  气象证明: { kind: 'none', note: '真实事项“气象证明”（秒批）' },
  施放气球: { kind: 'approval', name: '施放气球活动审批' },
  防雷装置设计审核: { kind: 'approval' },
  防雷装置竣工验收: { kind: 'bizService', name: '防雷装置竣工验收申请' },
  气象信息服务: { kind: 'filing', name: '气象信息服务单位备案' },
  人工影响天气: { kind: 'bizService', name: '人工影响天气作业申请' },
  气象探测环境: { kind: 'approval', name: '气象探测环境保护范围内建设审批' },
  雷击风险评估: { kind: 'bizService', name: '雷击风险评估申请' },
  气象资料: { kind: 'online', name: '气象资料查询' },
  升放无人驾驶自由气球: { kind: 'approval', name: '升放无人驾驶自由气球审批' },
  残疾人辅助器具: { kind: 'benefit', name: '残疾人辅助器具适配申请' },
  残疾人就业: { kind: 'benefit', name: '残疾人就业登记' },
  残疾儿童康复救助: { kind: 'benefit', name: '残疾儿童康复救助申请' },
  残疾人托养: { kind: 'benefit', name: '残疾人托养服务申请' },
  无障碍改造: { kind: 'benefit', name: '困难残疾人家庭无障碍改造申请' },
  盲人按摩: { kind: 'licence', name: '盲人医疗按摩人员考试报名', who: 'person' },
  住房公积金单位登记: { kind: 'entity', name: '住房公积金单位缴存登记' },
  住房公积金个人账户: { kind: 'insurance', name: '住房公积金个人账户设立与转移' },
  公积金提取: { kind: 'fund', name: '住房公积金提取' },
  公积金贷款: { kind: 'benefit', name: '住房公积金贷款申请' },
  缴存基数调整: { kind: 'filing', name: '住房公积金缴存基数调整' },
  缴存证明: { kind: 'proof', who: 'person', name: '住房公积金缴存证明' },
  异地转移接续: { kind: 'none', note: '住房公积金个人账户设立与转移的“关系转移接续”情形' },
  缓缴: { kind: 'filing', name: '住房公积金缓缴申请' },
  补缴: { kind: 'filing', name: '住房公积金补缴' },
  租房提取: { kind: 'none', note: '住房公积金提取的“租房提取”情形' },
  购房提取: { kind: 'none', note: '住房公积金提取的“购房提取”情形' },
  退休提取: { kind: 'none', note: '住房公积金提取的“退休提取”情形' },
  企业投资项目备案: { kind: 'filing' },
  企业投资项目核准: { kind: 'approval', name: '企业投资项目核准' },
  节能审查: { kind: 'approval', name: '固定资产投资项目节能审查' },
  价格认定: { kind: 'bizService', name: '价格认定申请', who: 'both' },
  粮食收购: { kind: 'filing', name: '粮食收购企业备案' },
  政府投资项目: { kind: 'approval', name: '政府投资项目审批' },
  招标方案核准: { kind: 'approval', name: '招标方案核准' },
  外商投资项目: { kind: 'filing', name: '外商投资项目备案' },
  境外投资项目: { kind: 'filing', name: '境外投资项目备案' },
  社会信用修复: { kind: 'none', note: '真实事项“公共信用信息修复”' },
  重点项目: { kind: 'bizService', name: '重点项目认定申请' },
  储备粮: { kind: 'bizService', name: '储备粮承储资格申请' },
  对外贸易经营者备案: { kind: 'filing' },
  单用途预付卡: { kind: 'filing', name: '单用途预付卡发卡企业备案' },
  成品油零售: { kind: 'licence', name: '成品油零售经营许可' },
  再生资源回收: { kind: 'filing', name: '再生资源回收经营者备案' },
  拍卖企业: { kind: 'licence', name: '拍卖企业经营许可' },
  二手车交易市场: { kind: 'filing', name: '二手车交易市场经营者备案' },
  酒类流通: { kind: 'filing', name: '酒类流通备案' },
  外资企业: { kind: 'filing', name: '外商投资企业信息报告' },
  出口信用保险: { kind: 'grant', name: '出口信用保险保费资助申请' },
  会展活动: { kind: 'filing', name: '会展活动备案' },
  商业特许经营: { kind: 'filing', name: '商业特许经营备案' },
  汽车销售: { kind: 'filing', name: '汽车销售企业信息备案' },
  稳岗补贴: { kind: 'grant', name: '稳岗补贴申请' },
  技能培训补贴: { kind: 'benefit', name: '职业技能培训补贴申请', who: 'both' },
  创业补贴: { kind: 'benefit', name: '创业补贴申请' },
  职业技能等级证书: { kind: 'practice', name: '职业技能等级认定' },
  教师资格认定: { kind: 'practice', name: '教师资格认定' },
  特种作业操作证: { kind: 'practice', name: '特种作业操作证办理' },
  出租汽车驾驶员证: { kind: 'practice', name: '出租汽车驾驶员从业资格证办理' },
  保安员证: { kind: 'practice', name: '保安员证办理' },
  普通话水平测试: { kind: 'practice', name: '普通话水平测试等级证书办理' },
  网约车运输证: { kind: 'licence', name: '网络预约出租汽车运输证' },
  道路运输证: { kind: 'licence', name: '道路运输证办理' },
  驾驶证: { kind: 'card', name: '机动车驾驶证办理' },
  居住证: { kind: 'card', name: '居住证办理' },
  户口迁移: { kind: 'hukou', name: '户口迁移' },
  医疗救助: { kind: 'benefit', name: '医疗救助申请' },
  大病保险: { kind: 'benefit', name: '大病保险待遇申请' },
  生育医疗费用: { kind: 'benefit', name: '生育医疗费用报销' },
  医疗费用零星报销: { kind: 'benefit', name: '医疗费用零星报销' },
  门诊特定病种: { kind: 'benefit', name: '门诊特定病种待遇认定' },
  长期护理保险: { kind: 'benefit', name: '长期护理保险待遇申请' },
  异地就医备案: { kind: 'filing', who: 'person', name: '异地就医备案' },
  医保关系转移: { kind: 'insurance', name: '医保关系转移接续' },
  计划生育奖励: { kind: 'benefit', name: '计划生育奖励扶助申请' },
  母婴保健技术服务: { kind: 'licence', name: '母婴保健技术服务执业许可' },
  医疗机构执业: { kind: 'licence', name: '医疗机构执业登记' },
  医师执业注册: { kind: 'practice' },
  护士执业注册: { kind: 'practice' },
  放射诊疗许可: { kind: 'licence' },
  公共场所卫生许可: { kind: 'licence' },
  结婚登记: { kind: 'civil', name: '结婚登记' },
  离婚登记: { kind: 'civil', name: '离婚登记' },
  最低生活保障: { kind: 'benefit', name: '最低生活保障申请' },
  临时救助: { kind: 'benefit', name: '临时救助申请' },
  养老机构备案: { kind: 'filing' },
  商品房预售许可: { kind: 'licence' },
  住房租赁补贴: { kind: 'benefit', name: '住房租赁补贴申请' },
  建设工程竣工验收备案: { kind: 'filing' },
  物业服务企业备案: { kind: 'filing' },
  乡村建设规划许可: { kind: 'approvalBoth', name: '乡村建设规划许可' },
  建设工程规划许可: { kind: 'none', note: '真实事项“建设工程规划许可证核发”' },
  建设用地规划许可: { kind: 'approval', name: '建设用地规划许可' },
  建筑工程施工许可: { kind: 'none', note: '真实事项“建筑工程施工许可证核发”' },
  地质灾害危险性评估: { kind: 'filing', name: '地质灾害危险性评估报告备案' },
  测绘成果: { kind: 'proof', who: 'business', name: '基础测绘成果提供' },
  城镇污水排入排水管网许可: { kind: 'licence' },
  排水接驳核准: { kind: 'approval', name: '排水接驳核准' },
  取水许可: { kind: 'licence' },
  河道管理范围内建设项目: { kind: 'approval', name: '河道管理范围内建设项目审批' },
  水土保持方案: { kind: 'approval', name: '生产建设项目水土保持方案审批' },
  占用农业灌溉水源: { kind: 'approval', name: '占用农业灌溉水源、灌排工程设施审批' },
  临时排水许可: { kind: 'none', note: '真实事项“临时排水许可（施工作业）”' },
  供水设施改装: { kind: 'approval', name: '供水设施改装、拆除审批' },
  节水评价: { kind: 'bizService', name: '规划和建设项目节水评价审查' },
  河道采砂许可: { kind: 'approval' },
  水利工程质量监督: { kind: 'filing', name: '水利工程质量监督手续办理' },
  防洪影响评价: { kind: 'approval', name: '洪水影响评价审批' },
  建设项目竣工环保验收: { kind: 'filing', name: '建设项目竣工环境保护验收备案' },
  环境应急预案备案: { kind: 'filing', name: '突发环境事件应急预案备案' },
  辐射安全许可: { kind: 'licence' },
  危险化学品经营许可: { kind: 'none', note: '真实事项“危险化学品经营许可证核发”' },
  排污许可: { kind: 'licence' },
  危险废物经营许可: { kind: 'licence' },
  企业登记: { kind: 'entity', name: '企业登记' },
  个体工商户登记: { kind: 'entity' },
  社会团体登记: { kind: 'entity' },
  民办非企业单位登记: { kind: 'entity' },
  税务登记: { kind: 'entity', name: '税务登记' },
  食品经营许可: { kind: 'licence' },
  食品生产许可: { kind: 'licence' },
  药品零售许可: { kind: 'licence', name: '药品零售许可' },
  医疗器械经营备案: { kind: 'filing' },
  劳务派遣许可: { kind: 'licence', name: '劳务派遣经营许可' },
  人力资源服务许可: { kind: 'licence' },
  车船税: { kind: 'tax', who: 'both' },
  房产税: { kind: 'tax' },
  印花税: { kind: 'tax' },
  残疾人证: { kind: 'card', name: '残疾人证办理' },
  困难残疾人生活补贴: { kind: 'benefit', name: '困难残疾人生活补贴申请' },
  重度残疾人护理补贴: { kind: 'benefit', name: '重度残疾人护理补贴申请' },
  残疾人机动轮椅车燃油补贴: { kind: 'benefit', name: '残疾人机动轮椅车燃油补贴申请' },
  残疾人教育补助: { kind: 'benefit', name: '残疾人教育补助申请' },
  残疾人创业扶持: { kind: 'benefit', name: '残疾人创业扶持申请' },
  退役军人创业扶持: { kind: 'benefit', name: '退役军人创业扶持申请' },
  抚恤补助: { kind: 'benefit', name: '抚恤补助申领' },
  伤残抚恤: { kind: 'benefit', name: '伤残抚恤申领' },
}

export interface SubjectPlan {
  kind: SubjectKind
  name: string
  who: Applicant
}

/** What a subject becomes: its kind, its item's name and who applies; undefined when it is only a 情形 of another item. */
export function planSubject(subject: string): SubjectPlan | undefined {
  const rule = SUBJECTS[subject] ?? {}
  if (rule.kind === 'none') return undefined
  const kind: SubjectKind = rule.kind ?? KIND_BY_NAME.find(([re]) => re.test(subject))?.[1] ?? 'bizService'
  const k: KindRule = KINDS[kind]
  const name = rule.name ?? (k.suffix && !subject.endsWith(k.suffix) ? subject + k.suffix : subject)
  return { kind, name, who: rule.who ?? k.who }
}

/**
 * Pairs that must never appear (the old grid made 居民身份证注销（单位）and 犬只登记延续（单位）): a subject
 * word, the applicant it may not have, and 情形 words it may not have. The test walks the catalogue against them.
 */
export const FORBIDDEN: Array<{ subject: RegExp; who?: Applicant; situation?: RegExp }> = [
  { subject: /身份证|户口|驾驶证|居住证|结婚|离婚|社会保障卡|老年人优待证|残疾人证|出生医学证明/, who: 'business' },
  { subject: /身份证|户口|驾驶证|居住证|结婚|离婚|社会保障卡/, who: 'both' },
  { subject: /企业登记|工商户|经营许可|资质/, who: 'person' },
  { subject: /犬只/, who: 'business' },
  { subject: /犬只|结婚|离婚|证明|查询/, situation: /延续|年度报告/ },
  { subject: /居民身份证|户口|证明/, situation: /注销/ },
  { subject: /补贴|救助|抚恤|补助/, situation: /延续|注销登记|年度报告|换领/ },
]

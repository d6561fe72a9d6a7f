import type { Role } from '../../src/contract'

export interface UserRecord {
  id: string
  role: Role
  name: string
  idNumber?: string
  phone?: string
  address?: string
  companyName?: string
  creditCode?: string
  legalRepresentative?: string
  hallId?: string
  windowNo?: string
  /** clerks: staff number and password hash (never the password) */
  staffId?: string
  passwordHash?: string
  /** the WeChat openid code2session maps to this account */
  openid?: string
}

/** The three demo accounts (mock only). Numbers are valid by their checksums and belong to no one. */
export const DEMO_USERS: Record<Role, UserRecord> = {
  resident: {
    id: 'u-resident', role: 'resident', name: '陈志明',
    idNumber: '440126198511203211', phone: '13926045678', address: '广州市番禺区市桥街繁华路 12 号 3 梯 702',
    openid: 'o-mock-resident-0001',
  },
  business: {
    id: 'u-business', role: 'business', name: '李秀英',
    idNumber: '440126196208081224', phone: '13802251234', address: '广州市番禺区南村镇兴南大道 368 号',
    companyName: '广州禺味餐饮管理有限公司', creditCode: '91440113MA59ABCD1R', legalRepresentative: '李秀英',
  },
  clerk: {
    id: 'u-clerk', role: 'clerk', name: '黄晓玲',
    idNumber: '44011319880602004X', phone: '13710012345', hallId: 'centre', windowNo: 'A08',
    // password panyu-demo (README); PBKDF2-SHA256, see hashPassword in domain/auth.ts
    staffId: 'PY0801', passwordHash: 'pbkdf2-sha256$2000$cHkwODAxLXNhbHQtnkEHww$zdHKiDgWUqfE2ku6jawaOuYkkqympto-rtlc-wDSjjg',
  },
}

export interface LicenceSeed {
  ownerId: string
  type: string
  name: string
  issuer: string
  number: string
  validFrom: string
  validUntil?: string
  /** valid until this many days after the demo data is seeded: a licence that is always 30 days from expiry */
  validForDays?: number
}

/** E-licences the demo users already hold in their safes. */
export const SEED_LICENCES: LicenceSeed[] = [
  { ownerId: 'u-resident', type: 'id-card', name: '居民身份证', issuer: '广州市公安局番禺分局', number: '440126198511203211', validFrom: '2019-03-01', validUntil: '2039-03-01' },
  { ownerId: 'u-resident', type: 'hukou', name: '居民户口簿', issuer: '广州市公安局番禺分局市桥派出所', number: '440126028731', validFrom: '2012-06-18' },
  { ownerId: 'u-resident', type: 'marriage', name: '结婚证', issuer: '广州市番禺区民政局', number: 'J440126-2020-004512', validFrom: '2020-05-20' },
  { ownerId: 'u-resident', type: 'property', name: '不动产权证书', issuer: '广州市规划和自然资源局', number: '粤(2021)广州市不动产权第07012345号', validFrom: '2021-09-09' },
  { ownerId: 'u-resident', type: 'social-security-card', name: '社会保障卡', issuer: '广州市人力资源和社会保障局', number: 'G44012345678', validFrom: '2018-01-10', validUntil: '2028-01-10' },
  { ownerId: 'u-resident', type: 'driving-licence', name: '机动车驾驶证', issuer: '广州市公安局交通警察支队', number: '440126198511203211', validFrom: '2017-01-05', validUntil: '2027-01-05' },
  { ownerId: 'u-business', type: 'business-licence', name: '营业执照', issuer: '广州市番禺区市场监督管理局', number: '91440113MA59ABCD1R', validFrom: '2019-04-12' },
  { ownerId: 'u-business', type: 'food-licence', name: '食品经营许可证', issuer: '广州市番禺区市场监督管理局', number: 'JY24401130123456', validFrom: '2021-12-01', validForDays: 30 },
  { ownerId: 'u-business', type: 'id-card', name: '居民身份证（法定代表人）', issuer: '广州市公安局番禺分局', number: '440126196208081224', validFrom: '2016-08-08', validUntil: '2036-08-08' },
  { ownerId: 'u-business', type: 'fire-safety', name: '公众聚集场所投入使用、营业前消防安全检查合格证', issuer: '广州市番禺区消防救援大队', number: '穗番消检字〔2020〕第0321号', validFrom: '2020-07-01' },
]

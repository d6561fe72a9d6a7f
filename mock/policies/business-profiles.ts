import type { BusinessProfile } from '../../src/contract'
import { DEMO_USERS } from '../account/users'

const business = DEMO_USERS.business

/**
 * The demo business's starting profile (广州禺味餐饮管理有限公司, a restaurant
 * group in 南村镇). It qualifies for some policies, misses two by a little
 * (2 insured staff, 2 万元 of R&D) and is not eligible for the rest.
 */
export const DEMO_BUSINESS_PROFILE: BusinessProfile = {
  companyName: business.companyName!,
  creditCode: business.creditCode!,
  industry: 'catering',
  headcount: 48,
  insuredStaff: 38,
  revenue: 2300,
  exports: 0,
  rdExpense: 8,
  graduateHires: 3,
  highTech: false,
  town: '南村镇',
  establishedOn: '2019-04-12',
  creditRating: 'A',
  statsStatus: 'existing',
  contactName: business.legalRepresentative!,
  contactPhone: business.phone!,
  bankName: '中国工商银行广州番禺支行',
  bankAccount: '3602012309200456789',
}

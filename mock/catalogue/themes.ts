import type { Theme } from '../../src/contract'

type ThemeSeed = Omit<Theme, 'itemCount'>

/** 11 industry, 9 personal-life and 7 business-life themes (BRIEF.md). */
export const THEMES: ThemeSeed[] = [
  // 个人生命周期
  { id: 'p-identity', name: '身份证明', nameEn: 'Identity documents', group: 'personal', icon: 'id-card' },
  { id: 'p-birth', name: '生育收养', nameEn: 'Birth and adoption', group: 'personal', icon: 'baby' },
  { id: 'p-education', name: '学业教育', nameEn: 'Education', group: 'personal', icon: 'school' },
  { id: 'p-qualification', name: '从业资格', nameEn: 'Professional qualifications', group: 'personal', icon: 'badge' },
  { id: 'p-employment', name: '就业创业', nameEn: 'Jobs and start-ups', group: 'personal', icon: 'briefcase' },
  { id: 'p-marriage', name: '婚姻登记', nameEn: 'Marriage registration', group: 'personal', icon: 'heart' },
  { id: 'p-housing', name: '住房保障', nameEn: 'Housing', group: 'personal', icon: 'home' },
  { id: 'p-social', name: '社保医保', nameEn: 'Social and medical insurance', group: 'personal', icon: 'shield' },
  { id: 'p-retirement', name: '退休养老', nameEn: 'Retirement and elderly care', group: 'personal', icon: 'elder' },
  // 企业生命周期
  { id: 'b-setup', name: '开办设立', nameEn: 'Starting a business', group: 'business', icon: 'shop' },
  { id: 'b-change', name: '变更登记', nameEn: 'Changes to a business', group: 'business', icon: 'edit' },
  { id: 'b-operation', name: '经营许可', nameEn: 'Operating licences', group: 'business', icon: 'licence' },
  { id: 'b-investment', name: '投资建设', nameEn: 'Investment and construction', group: 'business', icon: 'crane' },
  { id: 'b-tax', name: '纳税缴费', nameEn: 'Tax and fees', group: 'business', icon: 'coin' },
  { id: 'b-hr', name: '用工人才', nameEn: 'Staff and talent', group: 'business', icon: 'people' },
  { id: 'b-exit', name: '注销退出', nameEn: 'Closing a business', group: 'business', icon: 'exit' },
  // 行业
  { id: 'i-enterprise', name: '企业', nameEn: 'Enterprises', group: 'industry', icon: 'building' },
  { id: 'i-construction', name: '建设工程', nameEn: 'Construction projects', group: 'industry', icon: 'crane' },
  { id: 'i-medical', name: '医疗', nameEn: 'Healthcare', group: 'industry', icon: 'medical' },
  { id: 'i-catering', name: '餐饮', nameEn: 'Catering', group: 'industry', icon: 'food' },
  { id: 'i-transport', name: '交通运输', nameEn: 'Transport', group: 'industry', icon: 'car' },
  { id: 'i-education', name: '教育培训', nameEn: 'Education and training', group: 'industry', icon: 'school' },
  { id: 'i-culture', name: '文化旅游', nameEn: 'Culture and tourism', group: 'industry', icon: 'culture' },
  { id: 'i-agriculture', name: '农林水利', nameEn: 'Agriculture, forestry and water', group: 'industry', icon: 'leaf' },
  { id: 'i-environment', name: '生态环境', nameEn: 'Environment', group: 'industry', icon: 'leaf' },
  { id: 'i-chemicals', name: '危化安全', nameEn: 'Hazardous chemicals safety', group: 'industry', icon: 'warning' },
  { id: 'i-retail', name: '商贸零售', nameEn: 'Trade and retail', group: 'industry', icon: 'shop' },
]

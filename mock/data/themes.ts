import type { Theme } from '../../src/contract'

type ThemeSeed = Omit<Theme, 'itemCount'>

/** 11 industry, 9 personal-life and 7 business-life themes (BRIEF.md). */
export const THEMES: ThemeSeed[] = [
  // 个人生命周期
  { id: 'p-identity', name: '身份证明', group: 'personal', icon: 'id-card' },
  { id: 'p-birth', name: '生育收养', group: 'personal', icon: 'baby' },
  { id: 'p-education', name: '学业教育', group: 'personal', icon: 'school' },
  { id: 'p-qualification', name: '从业资格', group: 'personal', icon: 'badge' },
  { id: 'p-employment', name: '就业创业', group: 'personal', icon: 'briefcase' },
  { id: 'p-marriage', name: '婚姻登记', group: 'personal', icon: 'heart' },
  { id: 'p-housing', name: '住房保障', group: 'personal', icon: 'home' },
  { id: 'p-social', name: '社保医保', group: 'personal', icon: 'shield' },
  { id: 'p-retirement', name: '退休养老', group: 'personal', icon: 'elder' },
  // 企业生命周期
  { id: 'b-setup', name: '开办设立', group: 'business', icon: 'shop' },
  { id: 'b-change', name: '变更登记', group: 'business', icon: 'edit' },
  { id: 'b-operation', name: '经营许可', group: 'business', icon: 'licence' },
  { id: 'b-investment', name: '投资建设', group: 'business', icon: 'crane' },
  { id: 'b-tax', name: '纳税缴费', group: 'business', icon: 'coin' },
  { id: 'b-hr', name: '用工人才', group: 'business', icon: 'people' },
  { id: 'b-exit', name: '注销退出', group: 'business', icon: 'exit' },
  // 行业
  { id: 'i-enterprise', name: '企业', group: 'industry', icon: 'building' },
  { id: 'i-construction', name: '建设工程', group: 'industry', icon: 'crane' },
  { id: 'i-medical', name: '医疗', group: 'industry', icon: 'medical' },
  { id: 'i-catering', name: '餐饮', group: 'industry', icon: 'food' },
  { id: 'i-transport', name: '交通运输', group: 'industry', icon: 'car' },
  { id: 'i-education', name: '教育培训', group: 'industry', icon: 'school' },
  { id: 'i-culture', name: '文化旅游', group: 'industry', icon: 'culture' },
  { id: 'i-agriculture', name: '农林水利', group: 'industry', icon: 'leaf' },
  { id: 'i-environment', name: '生态环境', group: 'industry', icon: 'leaf' },
  { id: 'i-chemicals', name: '危化安全', group: 'industry', icon: 'warning' },
  { id: 'i-retail', name: '商贸零售', group: 'industry', icon: 'shop' },
]

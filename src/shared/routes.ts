import Taro from '@tarojs/taro'

/**
 * Every page's path, in one place: features link to each other through these,
 * never through each other's internals.
 */
export const ROUTES = {
  home: '/pages/home/index',
  services: '/pages/services/index',
  appointments: '/pages/appointments/index',
  safe: '/pages/safe/index',
  me: '/pages/me/index',
  item: '/subpackages/catalogue/item/index',
  privacy: '/subpackages/account/privacy/index',
  signIn: '/subpackages/account/signin/index',
  clerkSignIn: '/subpackages/account/staff-signin/index',
  instant: '/subpackages/approvals/list/index',
  instantApply: '/subpackages/approvals/apply/index',
  certificate: '/subpackages/approvals/certificate/index',
  cases: '/subpackages/cases/list/index',
  caseDetail: '/subpackages/cases/detail/index',
  feedback: '/subpackages/cases/feedback/index',
  hallMap: '/subpackages/halls/map/index',
  hall: '/subpackages/halls/hall/index',
  hallBooking: '/subpackages/halls/book/index',
  myAppointments: '/subpackages/halls/mine/index',
  appointment: '/subpackages/halls/appointment/index',
  bundles: '/subpackages/bundles/list/index',
  bundle: '/subpackages/bundles/detail/index',
  bundleApply: '/subpackages/bundles/apply/index',
  bundleDone: '/subpackages/bundles/done/index',
  safeDocument: '/subpackages/safe/document/index',
  safeUpload: '/subpackages/safe/upload/index',
  safeCode: '/subpackages/safe/code/index',
  safeLog: '/subpackages/safe/log/index',
  clerkScan: '/subpackages/clerk/scan/index',
  clerkResult: '/subpackages/clerk/result/index',
  policies: '/subpackages/policies/list/index',
  policy: '/subpackages/policies/detail/index',
  policyApply: '/subpackages/policies/apply/index',
  policyApplications: '/subpackages/policies/applications/index',
  policyApplication: '/subpackages/policies/application/index',
  businessProfile: '/subpackages/policies/profile/index',
} as const

export const TAB_ROUTES: string[] = [ROUTES.home, ROUTES.services, ROUTES.appointments, ROUTES.safe, ROUTES.me]

export function go(path: string, params?: Record<string, string | number | undefined>): void {
  const query = Object.entries(params ?? {})
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')
  if (TAB_ROUTES.includes(path)) {
    Taro.switchTab({ url: path })
    return
  }
  Taro.navigateTo({ url: query ? `${path}?${query}` : path })
}

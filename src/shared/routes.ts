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
  feedbackDetail: '/subpackages/cases/feedback-detail/index',
  hallMap: '/subpackages/halls/map/index',
  hall: '/subpackages/halls/hall/index',
  hallBooking: '/subpackages/appointments/book/index',
  myAppointments: '/subpackages/appointments/mine/index',
  appointment: '/subpackages/appointments/appointment/index',
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
  clerkFeedback: '/subpackages/clerk/feedback/index',
  clerkMail: '/subpackages/clerk/mail/index',
  addresses: '/subpackages/mail/addresses/index',
  addressEdit: '/subpackages/mail/address/index',
  assistRequest: '/subpackages/assist/request/index',
  assistDetail: '/subpackages/assist/detail/index',
  clerkAssist: '/subpackages/assist/clerk/index',
  policies: '/subpackages/policies/list/index',
  policy: '/subpackages/policies/detail/index',
  policyApply: '/subpackages/policies/apply/index',
  policyApplications: '/subpackages/policies/applications/index',
  policyApplication: '/subpackages/policies/application/index',
  businessProfile: '/subpackages/policies/profile/index',
  visitTake: '/subpackages/visit/take/index',
  ticket: '/subpackages/visit/ticket/index',
  clerkWindow: '/subpackages/visit/window/index',
} as const

/** A query value as sent, decoded once; a mangled one (a cut-off %-escape) is kept as it is instead of throwing. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

export const TAB_ROUTES: string[] = [ROUTES.home, ROUTES.services, ROUTES.appointments, ROUTES.safe, ROUTES.me]

/**
 * WeChat keeps at most 10 pages on its stack (navigateTo fails beyond that). From this depth on, a new page
 * replaces the current one instead of being pushed, so a long chain of links keeps working and back still works.
 */
export const STACK_LIMIT = 10
const REDIRECT_FROM_DEPTH = STACK_LIMIT - 1

export function go(path: string, params?: Record<string, string | number | undefined>): void {
  const query = Object.entries(params ?? {})
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')
  if (TAB_ROUTES.includes(path)) {
    Taro.switchTab({ url: path })
    return
  }
  const url = query ? `${path}?${query}` : path
  // H5's stack is the browser history, which has no such limit
  if (process.env.TARO_ENV === 'weapp' && Taro.getCurrentPages().length >= REDIRECT_FROM_DEPTH) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

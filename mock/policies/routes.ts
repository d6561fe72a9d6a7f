import type { PoliciesQuery, Policy, PolicyAmountBand, PolicyIndustry, DeadlineStatus } from '../../src/contract'
import { BusinessProfileUpdateBody, POLICY_INDUSTRIES, PolicyApplicationBody } from '../../src/contract'
import { route, type RouteModule } from '../http'
import { fail } from '../errors'
import { clock } from '../clock'
import { businessProfile, listPolicies, policyById, profileView, updateBusinessProfile } from './catalogue'
import { matchPolicy } from './matching'
import { applicationFor, applicationOf, applicationsOf, applyForPolicy } from './applications'
import { wholeList } from '../paging'

const BANDS: PolicyAmountBand[] = ['small', 'medium', 'large']
const DEADLINES: DeadlineStatus[] = ['open', 'closing', 'closed']

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], field: string): T | '' {
  if (!value) return ''
  if (!(allowed as readonly string[]).includes(value)) throw fail.badRequest('筛选条件无效', { [field]: '无效的取值' })
  return value as T
}

/** 惠企政策: the list (一栏统览), matching for the signed-in business (精准推送), 申报 and its progress, the business profile. */
export const policyRoutes: RouteModule = (store) => [
  {
    method: 'GET',
    path: '/api/policies',
    handler: ({ query, maybePrincipal }) => {
      if (query.q && query.q.length > 50) throw fail.badRequest('搜索词过长', { q: '请输入 50 字以内' })
      const parsed: PoliciesQuery = {
        q: query.q,
        industry: oneOf<PolicyIndustry>(query.industry, POLICY_INDUSTRIES, 'industry'),
        department: query.department,
        amount: oneOf(query.amount, BANDS, 'amount'),
        deadline: oneOf(query.deadline, DEADLINES, 'deadline'),
        sort: query.sort === 'amount' ? 'amount' : 'deadline',
        matched: query.matched === '1' ? '1' : '',
      }
      const business = maybePrincipal?.role === 'business' ? maybePrincipal : undefined
      if (parsed.matched && !maybePrincipal) throw fail.unauthenticated()
      if (parsed.matched && !business) throw fail.forbidden('请切换到企业身份查看为您推荐的政策')
      const profile = business ? businessProfile(store, business.userId) : undefined
      return { body: listPolicies(store, parsed, profile, clock.now()) }
    },
  },
  {
    method: 'GET',
    path: '/api/policies/:id',
    handler: ({ params, maybePrincipal }) => {
      const now = clock.now()
      const policy = policyById(store, params.id, now)
      if (!policy) throw fail.notFound('政策')
      if (maybePrincipal?.role !== 'business') return { body: policy }
      const body: Policy = {
        ...policy,
        match: matchPolicy(policy, businessProfile(store, maybePrincipal.userId), now),
        applicationId: applicationFor(store, maybePrincipal.userId, policy.id),
      }
      return { body }
    },
  },
  route({
    method: 'POST',
    path: '/api/policies/:id/applications',
    roles: ['business'],
    idempotent: true,
    body: PolicyApplicationBody,
    handler: ({ params, body, principal }) => ({
      status: 201,
      body: applyForPolicy(store, { ownerId: principal.userId, policyId: params.id, form: body.form, materialIds: body.materialIds, commitmentAccepted: body.commitmentAccepted }, clock.now()),
    }),
  }),
  {
    method: 'GET',
    path: '/api/policy-applications',
    roles: ['business'],
    handler: ({ principal }) => {
      const items = applicationsOf(store, principal.userId, clock.now())
      return { body: wholeList(items) }
    },
  },
  {
    method: 'GET',
    path: '/api/policy-applications/:id',
    roles: ['business'],
    handler: ({ params, principal }) => ({ body: applicationOf(store, principal.userId, params.id, clock.now()) }),
  },
  {
    method: 'GET',
    path: '/api/business/profile',
    roles: ['business'],
    handler: ({ principal, query }) => ({ body: profileView(businessProfile(store, principal.userId), query.reveal === '1') }),
  },
  route({
    method: 'PATCH',
    path: '/api/business/profile',
    roles: ['business'],
    body: BusinessProfileUpdateBody,
    handler: ({ principal, body, query }) => ({ body: profileView(updateBusinessProfile(store, principal.userId, body, clock.now()), query.reveal === '1') }),
  }),
]

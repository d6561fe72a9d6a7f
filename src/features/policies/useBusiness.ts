import { useSession } from '@/shared/session'

/** The signed-in user and token, and whether they are a business (what every business-only screen here asks first). */
export function useBusiness() {
  const user = useSession((s) => s.user)
  const token = useSession((s) => s.token)
  return { user, token, isBusiness: user?.role === 'business' && !!token }
}

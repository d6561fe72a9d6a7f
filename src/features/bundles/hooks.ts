import { useEffect } from 'react'
import type { BundleDetail } from '@/contract'
import { useResource, type Resource } from '@/shared/api'
import { useSession } from '@/shared/session'
import { bundlesApi } from './api'

/**
 * The signed-in user (the demo resident unless another role was chosen) and
 * the bundle as that user sees it: the detail carries their pre-fill, so it
 * loads again when the user changes.
 */
export function useBundle(bundleId: string): { userId: string | undefined; role: string | undefined; detail: Resource<BundleDetail> } {
  const user = useSession((s) => s.user)
  const token = useSession((s) => s.token)
  useEffect(() => {
    // a failed sign-in leaves the page public: the detail still loads, submitting asks again
    useSession.getState().ensure().catch(() => undefined)
  }, [token])
  const userId = token ? user?.id : undefined
  const detail = useResource(() => bundlesApi.detail(bundleId), [bundleId, userId])
  return { userId, role: token ? user?.role : undefined, detail }
}

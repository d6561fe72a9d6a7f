/** Where the request client finds the token; the session store sets it. */
let token: string | null = null
let onUnauthorized: ((sentWith: string | null) => void) | null = null

export const authToken = {
  get: () => token,
  set: (value: string | null) => { token = value },
  /** `sentWith`: the token the refused request carried (null: none), so a late answer to an old session is told apart */
  onUnauthorized: (handler: (sentWith: string | null) => void) => { onUnauthorized = handler },
  unauthorized: (sentWith: string | null) => onUnauthorized?.(sentWith),
}

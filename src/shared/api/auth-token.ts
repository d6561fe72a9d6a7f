/** Where the request client finds the token; the session store sets it. */
let token: string | null = null
let onUnauthorized: (() => void) | null = null

export const authToken = {
  get: () => token,
  set: (value: string | null) => { token = value },
  onUnauthorized: (handler: () => void) => { onUnauthorized = handler },
  unauthorized: () => onUnauthorized?.(),
}

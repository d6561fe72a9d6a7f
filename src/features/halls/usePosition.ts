import { useEffect, useState } from 'react'
import { getPosition, type UserPosition } from './position'

/** The user's position: undefined while asking, null when refused or unavailable. Asked once per mount. */
export function usePosition(): UserPosition | null | undefined {
  const [position, setPosition] = useState<UserPosition | null | undefined>(undefined)
  useEffect(() => {
    getPosition().then(setPosition, () => setPosition(null))
  }, [])
  return position
}

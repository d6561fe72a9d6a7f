import type { Crs } from '@/contract'

/** The user's position in the system the platform gives it in (browser: WGS-84; WeChat: GCJ-02). */
export interface UserPosition {
  lng: number
  lat: number
  crs: Crs
}

/** Asks for the position (after the platform's permission / privacy prompts); rejects when refused. */
export declare function getPosition(): Promise<UserPosition>

/** Opens navigation to a place stored in GCJ-02. */
export declare function navigateTo(place: { lng: number; lat: number; name: string; address: string }): void

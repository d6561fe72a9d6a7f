/** How the resident hears the call: a WeChat service notice they allowed (on), refused (denied), none in this build
 * (unconfigured) or WeChat failed (failed) — on weapp; in-app (the ticket screen updates and vibrates) on H5. */
export type CallNotice = 'on' | 'denied' | 'unconfigured' | 'failed' | 'in-app'

/** Asked in the tap that takes a ticket (WeChat asks only inside a tap). */
export declare function askCallNotice(): Promise<CallNotice>

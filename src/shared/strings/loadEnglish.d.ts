import type { en } from './en'

/** The English strings: a chunk of their own on H5 (most people never switch), bundled on weapp. */
export declare function loadEnglish(): Promise<typeof en>

import type { bundles as zh } from '../zh/bundles'

export const bundles: Record<keyof typeof zh, string> = {
}

import type { safe as zh } from '../zh/safe'

export const safe: Record<keyof typeof zh, string> = {
}

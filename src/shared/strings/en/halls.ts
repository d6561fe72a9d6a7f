import type { halls as zh } from '../zh/halls'

export const halls: Record<keyof typeof zh, string> = {
}

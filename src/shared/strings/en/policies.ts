import type { policies as zh } from '../zh/policies'

export const policies: Record<keyof typeof zh, string> = {
}

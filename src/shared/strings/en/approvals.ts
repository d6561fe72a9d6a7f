import type { approvals as zh } from '../zh/approvals'

export const approvals: Record<keyof typeof zh, string> = {
}

/** Strings of the approvals feature; keys start with "approvals.". */
export const approvals = {
} as const

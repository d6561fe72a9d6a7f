/** Strings of the policies feature; keys start with "policies.". */
export const policies = {
} as const

/** Strings of the safe feature; keys start with "safe.". */
export const safe = {
} as const

/** Strings of the halls feature; keys start with "halls.". */
export const halls = {
} as const

/** Strings of the bundles feature; keys start with "bundles.". */
export const bundles = {
} as const

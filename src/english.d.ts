/** Every English string (src/strings.en.ts): a chunk of its own on H5, bundled on weapp. */
export declare function loadEnglish(): Promise<Readonly<Record<string, string>>>

/** The English words: every one (src/strings.en.ts) in a chunk of its own on H5; the app-wide ones on weapp, where each feature brings its own. */
export declare function loadEnglish(): Promise<Readonly<Record<string, string>>>

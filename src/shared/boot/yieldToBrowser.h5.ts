/**
 * Gives the browser its main thread back once the app's modules have loaded,
 * before the app starts (Taro's entry creates the app, its tab bar and router).
 * The top-level await makes the entry an async module: loading and starting
 * become two tasks instead of one long one that would hold up taps and paints.
 */
await new Promise((resolve) => setTimeout(resolve, 0))

export {}

// The mini-program has no index.html shell.
export function removeAppShell(): void {}

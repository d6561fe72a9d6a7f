export function removeAppShell(): void {
  document.getElementById('app-shell')?.remove()
}

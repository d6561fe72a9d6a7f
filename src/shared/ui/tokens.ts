/** Design tokens: the one definition of colour, spacing and type (mirrored as CSS variables in ui.css). */
export const colors = {
  primary: '#1366E0',
  primaryDark: '#0E5FD8',
  primaryLight: '#E8F3FF',
  page: '#F5F6F8',
  card: '#FFFFFF',
  text: '#1D2129',
  textSecondary: '#4E5969',
  textHint: '#5E6875',
  border: '#E5E6EB',
  success: '#007F1D',
  successLight: '#E8FFEA',
  warning: '#B85300',
  warningLight: '#FFF3E8',
  danger: '#E02E2E',
  dangerLight: '#FFECE8',
  white: '#FFFFFF',
  /** the tab bar's unselected icon and label (AA on white, as app.config's tabBar.color) */
  tabInactive: '#6B7785',
} as const

/** 8-point scale */
export const space = { xs: 4, sm: 8, md: 16, lg: 24, xl: 32 } as const

export const fontSize = { caption: 12, secondary: 14, body: 16, title: 18, headline: 22, number: 28 } as const

export type Tone = 'primary' | 'success' | 'warning' | 'danger' | 'neutral'

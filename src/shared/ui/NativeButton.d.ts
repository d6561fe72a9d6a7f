import type { PropsWithChildren } from 'react'

/** The platform's own button: a <button> on H5, WeChat's <button> (open types, native loading) on weapp. */
export interface NativeButtonProps {
  className: string
  disabled?: boolean
  loading?: boolean
  onClick?: () => void
  testId?: string
  label?: string
  id?: string
  /** weapp only, e.g. agreePrivacyAuthorization */
  openType?: string
}

export declare function NativeButton(props: PropsWithChildren<NativeButtonProps>): JSX.Element

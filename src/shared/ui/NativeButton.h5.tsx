import type { PropsWithChildren } from 'react'
import type { NativeButtonProps } from './NativeButton'

/**
 * A plain <button>: Taro's H5 Button injects WeUI's green, weighted rules
 * (and a loading image from a CDN) that the design system would have to outbid.
 */
export function NativeButton({ className, disabled, loading, onClick, testId, label, id, children }: PropsWithChildren<NativeButtonProps>) {
  return (
    <button type='button' id={id} className={`${className} ui-button--web`} disabled={disabled} aria-busy={loading || undefined} onClick={onClick} data-testid={testId} aria-label={label}>
      {loading && <span className='ui-button__spinner' aria-hidden='true' />}
      {children}
    </button>
  )
}

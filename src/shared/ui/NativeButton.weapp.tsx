import type { PropsWithChildren } from 'react'
import { Button } from '@tarojs/components'
import type { NativeButtonProps } from './NativeButton'

export function NativeButton({ className, disabled, loading, onClick, testId, label, id, openType, children }: PropsWithChildren<NativeButtonProps>) {
  return (
    <Button id={id} className={className} disabled={disabled} loading={loading} onClick={onClick} data-testid={testId} aria-label={label} openType={openType as never}>
      {children}
    </Button>
  )
}

import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Image, Input, Text, View } from '@tarojs/components'
import { NativeButton } from './NativeButton'
import { useEffect, useState, type CSSProperties, type PropsWithChildren, type ReactNode } from 'react'
import { iconDataUri, type IconName } from './icons'
import { colors, type Tone } from './tokens'
import { usePreferences } from './preferences'
import { useLocaleStore, useT } from '../strings'
import type { Resource } from '../api/useResource'
import { ApiError, messageOf } from '../api/errors'
import { ROUTES } from '../routes'
import { PrivacyPopup } from '../privacy/PrivacyPopup'
import { removeAppShell, setDocumentLanguage } from './appShell'
import { applyNavigationTitle } from './navigationTitle'
import { PageHeader } from './PageHeader'

/** Every screen's root: design tokens, 关怀模式, the privacy popup (WeChat asks for it on any page), its title in the chosen language, and on H5 its title bar. */
export function Page({ children, className = '' }: PropsWithChildren<{ className?: string }>) {
  const elder = usePreferences((s) => s.elder)
  const locale = useLocaleStore((s) => s.locale)
  const [ownPath] = useState(() => Taro.getCurrentInstance().router?.path)
  useEffect(removeAppShell, [])
  useEffect(() => { applyNavigationTitle(ownPath) }, [ownPath, locale])
  useEffect(() => { setDocumentLanguage(locale) }, [locale])
  useDidShow(() => applyNavigationTitle(ownPath))
  return (
    <View className={`ui-root ${elder ? 'ui-elder' : ''} ${className}`}>
      <PageHeader ownPath={ownPath} />
      {children}
      <PrivacyPopup />
    </View>
  )
}

export function Icon({ name, color = colors.textSecondary, size = 24, className = '', label }: { name: IconName; color?: string; size?: number; className?: string; label?: string }) {
  const style: CSSProperties = { width: `${size}px`, height: `${size}px` }
  return <Image className={className} style={style} src={iconDataUri(name, color)} aria-label={label} aria-hidden={label ? undefined : true} mode='scaleToFill' />
}

export function Section({ title, extra, onExtra, children }: PropsWithChildren<{ title?: ReactNode; extra?: ReactNode; onExtra?: () => void }>) {
  return (
    <View className='ui-section'>
      {(title || extra) && (
        <View className='ui-section__head'>
          {title ? <Text className='ui-section__title' role='heading' aria-level={2}>{title}</Text> : <View />}
          {extra && <Text className='ui-section__extra' onClick={onExtra} role='button'>{extra}</Text>}
        </View>
      )}
      {children}
    </View>
  )
}

export function Card({ children, onClick, className = '', testId }: PropsWithChildren<{ onClick?: () => void; className?: string; testId?: string }>) {
  return (
    <View className={`ui-card ${onClick ? 'ui-card--tap' : ''} ${className}`} onClick={onClick} data-testid={testId} role={onClick ? 'button' : undefined}>
      {children}
    </View>
  )
}

export function Cell({ icon, title, desc, extra, arrow, onClick, testId }: { icon?: IconName; title: ReactNode; desc?: ReactNode; extra?: ReactNode; arrow?: boolean; onClick?: () => void; testId?: string }) {
  return (
    <View className='ui-cell' onClick={onClick} role={onClick ? 'button' : undefined} data-testid={testId}>
      {icon && <Icon name={icon} color={colors.primary} className='ui-cell__icon' />}
      <View className='ui-cell__body'>
        <View className='ui-cell__title'>{title}</View>
        {desc && <View className='ui-cell__desc'>{desc}</View>}
      </View>
      {extra !== undefined && <View className='ui-cell__extra'>{extra}</View>}
      {(arrow ?? !!onClick) && <Icon name='chevron-right' color={colors.textHint} size={16} className='ui-cell__arrow' />}
    </View>
  )
}

export function List({ children }: PropsWithChildren) {
  return <View className='ui-list'>{children}</View>
}

export function Tag({ tone = 'primary', children }: PropsWithChildren<{ tone?: Tone }>) {
  return <Text className={`ui-tag ui-tag--${tone}`}>{children}</Text>
}

type ButtonVariant = 'primary' | 'default' | 'plain' | 'danger'

export function Button({ children, variant = 'primary', size, block, disabled, loading, onClick, testId, label }: PropsWithChildren<{ variant?: ButtonVariant; size?: 'small'; block?: boolean; disabled?: boolean; loading?: boolean; onClick?: () => void; testId?: string; label?: string }>) {
  const className = ['ui-button', `ui-button--${variant}`, size === 'small' && 'ui-button--small', block && 'ui-button--block', (disabled || loading) && 'ui-button--disabled'].filter(Boolean).join(' ')
  return (
    <NativeButton className={className} disabled={disabled || loading || undefined} loading={loading || undefined} onClick={disabled || loading ? undefined : onClick} testId={testId} label={label}>
      {children}
    </NativeButton>
  )
}

export function Skeleton({ rows = 3, cards = 3 }: { rows?: number; cards?: number }) {
  return (
    <View aria-busy='true' aria-label='loading' data-testid='skeleton'>
      {Array.from({ length: cards }, (_, c) => (
        <View className='ui-skeleton' key={c}>
          {Array.from({ length: rows }, (_, r) => (
            <View className='ui-skeleton__line' key={r} style={{ width: `${r === 0 ? 60 : 100 - r * 12}%` }} />
          ))}
        </View>
      ))}
    </View>
  )
}

const HOME = ROUTES.home

export function EmptyState({ icon = 'file', title, hint, action, onAction }: { icon?: IconName; title: string; hint?: string; action?: string; onAction?: () => void }) {
  return (
    <View className='ui-state' data-testid='empty-state'>
      <Icon name={icon} color={colors.textHint} size={48} className='ui-state__icon' />
      <Text className='ui-state__title'>{title}</Text>
      {hint && <Text className='ui-state__hint'>{hint}</Text>}
      {action && onAction && <Button variant='plain' size='small' onClick={onAction}>{action}</Button>}
    </View>
  )
}

/** A link that names nothing (a stale share card, a missing or mangled id): say so and offer the way home. */
export function NotFoundState({ hint }: { hint?: string }) {
  const t = useT()
  return (
    <View className='ui-state' data-testid='not-found-state' role='alert'>
      <Icon name='file' color={colors.textHint} size={48} className='ui-state__icon' />
      <Text className='ui-state__title'>{t('state.notFound')}</Text>
      <Text className='ui-state__hint'>{hint ?? t('state.notFoundHint')}</Text>
      <Button variant='plain' size='small' onClick={() => Taro.switchTab({ url: HOME })} testId='not-found-home'>{t('action.home')}</Button>
    </View>
  )
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT()
  if (error instanceof ApiError && error.code === 'NOT_FOUND') return <NotFoundState hint={messageOf(error)} />
  return (
    <View className='ui-state' data-testid='error-state' role='alert'>
      <Icon name='alert' color={colors.danger} size={48} className='ui-state__icon' />
      <Text className='ui-state__title'>{t('state.loadFailed')}</Text>
      <Text className='ui-state__hint'>{messageOf(error)}</Text>
      {onRetry && <Button variant='plain' size='small' onClick={onRetry}>{t('action.retry')}</Button>}
    </View>
  )
}

export function Banner({ tone = 'info', icon, children }: PropsWithChildren<{ tone?: 'info' | 'warning' | 'danger'; icon?: IconName }>) {
  const color = tone === 'warning' ? colors.warning : tone === 'danger' ? colors.danger : colors.primary
  return (
    <View className={`ui-banner ui-banner--${tone}`} role='status'>
      {icon && <Icon name={icon} color={color} size={16} className='ui-banner__icon' />}
      <Text>{children}</Text>
    </View>
  )
}

export function OfflineBanner() {
  const t = useT()
  return <Banner tone='warning' icon='wifi-off'>{t('state.offline')}</Banner>
}

/**
 * The one way a screen shows a read: skeleton while loading, error with retry,
 * empty with a next step, and the offline copy marked as such.
 */
export function LoadState<T>({ resource, isEmpty, empty, skeleton, children }: { resource: Resource<T>; isEmpty?: (data: T) => boolean; empty?: ReactNode; skeleton?: ReactNode; children: (data: T) => ReactNode }) {
  const { data, error, loading, offline, reload } = resource
  // Pull-to-refresh (on pages whose config enables it) reloads every list on the page.
  usePullDownRefresh(() => {
    reload().finally(() => Taro.stopPullDownRefresh())
  })
  if (data === undefined) {
    if (error) return <ErrorState error={error} onRetry={reload} />
    if (loading) return <>{skeleton ?? <Skeleton />}</>
    return null
  }
  return (
    <>
      {offline && <OfflineBanner />}
      {isEmpty?.(data) ? empty : children(data)}
    </>
  )
}

export function SearchBar({ value, placeholder, onInput, onConfirm, onFocus, focus, testId, readOnly }: { value: string; placeholder?: string; onInput?: (v: string) => void; onConfirm?: (v: string) => void; onFocus?: () => void; focus?: boolean; testId?: string; readOnly?: boolean }) {
  const t = useT()
  return (
    <View className='ui-search' onClick={readOnly ? onFocus : undefined} role={readOnly ? 'search' : undefined}>
      <Icon name='search' color={colors.textHint} size={18} className='ui-search__icon' />
      {readOnly ? (
        <Text className='ui-search__input ui-muted' style={{ lineHeight: '40px' }}>{placeholder}</Text>
      ) : (
        <Input
          className='ui-search__input'
          value={value}
          placeholder={placeholder}
          focus={focus}
          confirmType='search'
          aria-label={placeholder ?? t('action.search')}
          data-testid={testId}
          onInput={(e) => onInput?.(e.detail.value)}
          onConfirm={(e) => onConfirm?.(e.detail.value)}
          onFocus={onFocus}
        />
      )}
      {!readOnly && value && (
        <View className='ui-search__clear' onClick={() => onInput?.('')} aria-label={t('action.clear')} role='button'>
          <Icon name='close' color={colors.textHint} size={16} />
        </View>
      )}
    </View>
  )
}

/** A labelled form field with its error beside it. */
export function Field({ label, required, error, hint, children }: PropsWithChildren<{ label: string; required?: boolean; error?: string; hint?: string }>) {
  return (
    <View className={`ui-field ${error ? 'ui-field--error' : ''}`}>
      <View className='ui-field__label'>
        <Text>{label}</Text>
        {required && <Text className='ui-field__required' aria-hidden>*</Text>}
      </View>
      {children}
      {error ? <View className='ui-field__error' role='alert'>{error}</View> : hint ? <View className='ui-field__hint'>{hint}</View> : null}
    </View>
  )
}

export function Badge({ count }: { count: number }) {
  if (count <= 0) return null
  return <Text className='ui-badge'>{count > 99 ? '99+' : count}</Text>
}

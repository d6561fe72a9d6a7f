import type { ErrorBody, ErrorCode } from '@/contract'
import { isStringKey, t, useLocaleStore } from '../strings'

/** Every failed request becomes one of these: the contract's code, a message for people, field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'ApiError'
  }

  /** Network trouble or a server fault: the same request may succeed later. */
  get retryable(): boolean {
    return this.code === 'NETWORK' || this.code === 'TIMEOUT' || this.status >= 500
  }

  get offline(): boolean {
    return this.code === 'NETWORK' || this.code === 'TIMEOUT'
  }
}

export function isErrorBody(data: unknown): data is ErrorBody {
  return !!data && typeof data === 'object' && 'error' in data && typeof (data as ErrorBody).error?.code === 'string'
}

export function errorFromResponse(status: number, data: unknown): ApiError {
  if (isErrorBody(data)) return new ApiError(status, data.error.code, data.error.message, data.error.fields)
  if (status === 401) return new ApiError(status, 'UNAUTHENTICATED', t('error.unauthenticated'))
  if (status === 403) return new ApiError(status, 'FORBIDDEN', t('error.forbidden'))
  if (status >= 500) return new ApiError(status, 'INTERNAL', t('error.server'))
  return new ApiError(status, 'UNKNOWN', t('error.unknown'))
}

export function networkError(errMsg?: string): ApiError {
  const timeout = /timeout/i.test(errMsg ?? '')
  return new ApiError(0, timeout ? 'TIMEOUT' : 'NETWORK', t(timeout ? 'error.timeout' : 'error.network'))
}

/** A message to show for anything thrown. */
export function messageOf(error: unknown): string {
  if (!(error instanceof ApiError)) return t('error.unknown')
  // The backend words its refusals in Chinese; in English a refusal's code has its own sentence.
  const byCode = `error.code.${error.code}`
  if (useLocaleStore.getState().locale === 'en' && isStringKey(byCode)) return t(byCode)
  return error.message
}

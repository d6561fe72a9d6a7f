import type { ErrorCode } from '../src/contract'

/** A domain refusal; routes turn it into the contract's error body. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
  }
}

export const fail = {
  badRequest: (message: string, fields?: Record<string, string>) => new ApiFailure(400, 'VALIDATION_FAILED', message, fields),
  unauthenticated: () => new ApiFailure(401, 'UNAUTHENTICATED', '请先登录'),
  forbidden: (message = '当前身份无权进行此操作') => new ApiFailure(403, 'FORBIDDEN', message),
  notFound: (what = '内容') => new ApiFailure(404, 'NOT_FOUND', `${what}不存在`),
  conflict: (code: ErrorCode, message: string) => new ApiFailure(409, code, message),
  gone: (code: ErrorCode, message: string) => new ApiFailure(410, code, message),
  tooMany: (message = '尝试次数过多，请稍后再试') => new ApiFailure(429, 'TOO_MANY_ATTEMPTS', message),
  /** a field the route does not take (never stored), named by its path: answers.note */
  unknownField: (path: string) => new ApiFailure(400, 'UNKNOWN_FIELD', `不支持的字段：${path}`, { [path]: '不支持的字段' }),
  tooLarge: () => new ApiFailure(413, 'PAYLOAD_TOO_LARGE', '请求内容过大（上限 1 MB）'),
  tooDeep: () => new ApiFailure(400, 'BAD_REQUEST', '请求内容嵌套过深（上限 32 层）'),
}

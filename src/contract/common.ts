/** Types shared by the app (src/) and the mock backend (mock/). One contract: ../shared/API.md. */

export type Role = 'resident' | 'business' | 'clerk'

/** Stable error codes; messages are for people and may change. */
export type ErrorCode =
  /** malformed: not JSON, nested deeper than 32, a field missing or of the wrong type */
  | 'BAD_REQUEST'
  /** well-formed, but a value breaks a rule (too long, out of range, a bad check digit) */
  | 'VALIDATION_FAILED'
  /** a field the route does not take (named in `fields`, e.g. answers.note); never stored */
  | 'UNKNOWN_FIELD'
  /** 413: a body over 1 MB */
  | 'PAYLOAD_TOO_LARGE'
  /** 415: a write whose body is not sent as application/json */
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SLOT_FULL'
  | 'DUPLICATE_BOOKING'
  | 'SLOT_PAST'
  | 'SLOT_CLOSED'
  | 'CODE_INVALID'
  | 'CODE_EXPIRED'
  | 'CODE_USED'
  | 'CODE_REVOKED'
  | 'CODE_WRONG_HOLDER'
  | 'ALREADY_RATED'
  /** 核对证件 for a person with no ID number on record */
  | 'NO_ID_NUMBER'
  /** a loop (办不成事, 好差评) asked to move in a way its state does not allow */
  | 'FEEDBACK_STATE'
  /** a loop is reopened once at most */
  | 'FEEDBACK_REOPENED'
  /** 政务专递: a case asked to be sent or picked up in a way its state does not allow */
  | 'MAIL_STATE'
  /** 政务专递: a 取件码 handed over at a counter for a case whose result is sent by post (邮寄到家); the code stays unused */
  | 'DELIVERY_BY_POST'
  /** 帮办代办: 上门办 asked by a resident under 60 without a declaration */
  | 'HOME_VISIT_NOT_ELIGIBLE'
  /** 帮办代办: a half day that is not on offer */
  | 'ASSIST_SLOT'
  /** 帮办代办: 代办 without any document authorised from the safe */
  | 'ASSIST_NO_AUTHORISATION'
  /** 帮办代办: a request asked to move in a way its state does not allow */
  | 'ASSIST_STATE'
  /** 帮办代办: cancelled at or after the agreed time */
  | 'ASSIST_TOO_LATE'
  | 'TOO_MANY_ATTEMPTS'
  | 'NETWORK'
  | 'TIMEOUT'
  /** 500: the server failed; the request may be tried again */
  | 'INTERNAL'
  | (string & {})

export interface ErrorBody {
  error: {
    code: ErrorCode
    message: string
    /** Field name → message, when a field is at fault (400). */
    fields?: Record<string, string>
  }
}

export interface ListResponse<T> {
  items: T[]
  total: number
  page?: number
  pageSize?: number
}

export interface PageQuery {
  page?: number
  pageSize?: number
}

/** ISO 8601 with offset, e.g. 2026-11-28T09:00:00+08:00 */
export type IsoDateTime = string
/** YYYY-MM-DD in Asia/Shanghai */
export type IsoDate = string

/** GET /api/time: the server's clock, for a client that must decide "today" before any other answer came back. */
export interface ServerTimeResponse {
  now: string
  /** the district's date (Asia/Shanghai), YYYY-MM-DD */
  today: string
}

/**
 * Every resolver answers `{ ok: true, data }` or `{ ok: false, error }`, so the UI can show what failed
 * without guessing from exceptions.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** Jira failed or is rate limiting; trying again later may work. */
  | 'UPSTREAM'
  | 'INTERNAL';

export interface ResolverError {
  code: ErrorCode;
  message: string;
  /** The payload field at fault, for VALIDATION. */
  field?: string;
  /** For CONFLICT: the record as it is stored now. */
  current?: unknown;
}

export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

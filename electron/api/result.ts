// The shape every operation returns across a transport: a value, or an error a person can read.

export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'unknown_operation'
  | 'workspace_missing'
  | 'workspace_invalid'
  | 'workspace_newer'
  | 'workspace_exists'
  | 'workspace_unwritable'
  | 'bad_flag'
  | 'unauthorized'
  | 'forbidden'
  | 'too_large'
  | 'duplicate_file'
  | 'cancelled'
  | 'io_error'
  | 'busy'
  | 'missing_detail'
  | 'exists'
  | 'verification_failed'
  | 'internal';

export interface AssayErrorInfo {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AssayErrorInfo };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

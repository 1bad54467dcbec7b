// The one error the renderer's client throws: a code to branch on and a sentence to show the person.
// Codes come from the Node side's Result, plus a few the client itself can meet on the way.
import type { ErrorCode } from '../../../electron/api/result';

/** Failures that happen between the page and the Node side, before any Result exists. */
export type ClientErrorCode = 'unauthorized' | 'unreachable' | 'bad_response';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode | ClientErrorCode;

  constructor(code: ErrorCode | ClientErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** The sentence to show for anything caught around a call. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return `Something went wrong in the window: ${error.message}`;
  return 'Something went wrong in the window.';
}

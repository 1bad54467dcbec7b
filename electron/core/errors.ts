// The one error type of the Node side: a code a program can branch on and a sentence a person can act on.
import type { ErrorCode } from '../api/result';

export class AssayError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AssayError';
    this.code = code;
  }
}

export const isAssayError = (e: unknown): e is AssayError => e instanceof AssayError;

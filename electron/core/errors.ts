// The one error type of the Node side: a code a program can branch on and a sentence a person can act on.
import type { ErrorCode } from '../api/result';
import { storageProblem } from '../api/storageProblem';

export class AssayError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AssayError';
    this.code = code;
  }
}

export const isAssayError = (e: unknown): e is AssayError => e instanceof AssayError;

/** A full disk or read-only storage during `what`, as an AssayError; null for any other error. */
export function storageError(e: unknown, what: string): AssayError | null {
  const problem = storageProblem(e);
  return problem ? new AssayError(problem.code, `${what} stopped because ${problem.because}. ${problem.advice}`, { cause: e }) : null;
}

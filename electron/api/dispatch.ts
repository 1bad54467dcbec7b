// The one entry point both transports call: validates the input against the contract, runs the handler,
// and turns every outcome into a Result the renderer can show.
import { operations, isOperationName, type Handlers, type OperationName } from './contract';
import { fail, ok, type ErrorCode, type Result } from './result';
import { storageProblem } from './storageProblem';

export interface DispatchLog {
  (entry: { op: string; code: ErrorCode; message: string; cause?: unknown }): void;
}

const hasCode = (e: unknown): e is { code: ErrorCode; message: string } =>
  typeof e === 'object' && e !== null && 'code' in e && 'message' in e && (e as { name?: string }).name === 'AssayError';

export async function dispatch(handlers: Handlers, op: unknown, rawInput: unknown, log?: DispatchLog): Promise<Result<unknown>> {
  if (!isOperationName(op)) {
    const message = `There is no operation named "${String(op).slice(0, 80)}".`;
    log?.({ op: String(op).slice(0, 80), code: 'unknown_operation', message });
    return fail('unknown_operation', message);
  }
  const parsed = operations[op].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? ` at "${issue.path.join('.')}"` : '';
    const message = `The request to ${op} was refused: ${issue?.message ?? 'invalid input'}${where}.`;
    log?.({ op, code: 'invalid_input', message });
    return fail('invalid_input', message);
  }
  try {
    const handler = handlers[op] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (e) {
    if (hasCode(e)) {
      log?.({ op, code: e.code, message: e.message, cause: e });
      return fail(e.code, e.message);
    }
    const storage = storageProblem(e);
    if (storage) {
      const message = `${op} stopped because ${storage.because}. ${storage.advice}`;
      log?.({ op, code: storage.code, message, cause: e });
      return fail(storage.code, message);
    }
    const message = `Assay could not complete ${op as OperationName}: an unexpected error occurred. Details were written to the log.`;
    log?.({ op, code: 'internal', message, cause: e });
    return fail('internal', message);
  }
}

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { AssayError } from '../../electron/core/errors';
import { createEventBus } from '../../electron/core/events/eventBus';
import { createHandlers } from '../../electron/core/handlers/createHandlers';
import { importWorkerScript } from '../support/runAssay';
import { newWorkspace } from '../support/tempWorkspace';

describe('dispatching a contract call', () => {
  const { handlers } = createHandlers(newWorkspace(), createEventBus(), { importWorkerScript });

  it('runs the handler with the parsed input, defaults filled in', async () => {
    expect(await dispatch(handlers, 'listings.count', {})).toEqual({ ok: true, value: { total: 0 } });
  });

  it('refuses unknown operations, including names from Object.prototype', async () => {
    for (const op of ['nope', 'constructor', '__proto__', 42]) {
      expect(await dispatch(handlers, op, {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
  });

  it('refuses input of the wrong type with a sentence naming the field', async () => {
    const result = await dispatch(handlers, 'listings.get', { id: 'one' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!result.ok && result.error.message).toMatch(/listings\.get.*"id"/);
  });

  it('passes an AssayError’s code and message through, and logs it', async () => {
    const logged: string[] = [];
    const result = await dispatch(handlers, 'listings.get', { id: 7 }, (e) => logged.push(e.code));
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'Listing 7 does not exist in this workspace.' } });
    expect(logged).toEqual(['not_found']);
  });

  it('hides an unexpected error’s internals from the person but logs the cause', async () => {
    const broken = { ...handlers, 'cases.list': () => { throw new TypeError('secret stack detail'); } } as Handlers;
    const causes: unknown[] = [];
    const result = await dispatch(broken, 'cases.list', {}, (e) => causes.push(e.cause));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).not.toContain('secret stack detail');
    expect(String(causes[0])).toContain('secret stack detail');
  });

  it('keeps AssayError recognisable across the boundary', () => {
    expect(new AssayError('not_found', 'x').name).toBe('AssayError');
  });

  it('says in a sentence that a write waited out another program holding the workspace, and changes nothing', async () => {
    const ws = newWorkspace();
    const { handlers: own } = createHandlers(ws, createEventBus(), { importWorkerScript });
    const rates = [{ currency: 'CHF', usdPerUnit: 1.2345, asOf: '2026-11-25' }];
    const holder = new Database(ws.dbPath);
    holder.exec('BEGIN IMMEDIATE');
    let result: Awaited<ReturnType<typeof dispatch>>;
    try {
      result = await dispatch(own, 'settings.saveRates', { rates });
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'busy',
        message:
          'settings.saveRates stopped because another task was writing to the workspace and did not finish in time (an import, a scoring run, or another Assay program on the same file). Nothing from it was kept. Try again when that has finished.',
      },
    });
    expect(await dispatch(own, 'settings.rates', {})).toMatchObject({ ok: true, value: expect.not.arrayContaining([rates[0]]) });
    expect(await dispatch(own, 'settings.saveRates', { rates })).toMatchObject({ ok: true });
  }, 20_000);
});

// custodyAppender: many events in one transaction, with the chain's head kept in memory, give the same chain as
// appending them one by one; outside a transaction it refuses.
import { describe, expect, it } from 'vitest';
import { appendCustodyEvent, custodyAppender, verifyCustodyLog } from '../../electron/core/cases/custodyLog';
import { newWorkspace } from '../support/tempWorkspace';

const event = (n: number) => ({ at: '2026-02-01T00:00:00Z', actor: 'reviewer', action: 'listing.decided', subjectType: 'listing', subjectId: n, details: { from: 'new', to: 'infringing' } });

describe('the custody appender', () => {
  it('writes the same events and hashes as appending one at a time', async () => {
    const bulk = newWorkspace();
    const single = newWorkspace();
    appendCustodyEvent(bulk.db, event(0));
    appendCustodyEvent(single.db, event(0));
    const appended = bulk.db.transaction(() => {
      const append = custodyAppender(bulk.db);
      return Array.from({ length: 50 }, (_, i) => append(event(i + 1)));
    })();
    const one = Array.from({ length: 50 }, (_, i) => appendCustodyEvent(single.db, event(i + 1)));
    expect(appended.map((e) => [e.seq, e.prevHash, e.hash])).toEqual(one.map((e) => [e.seq, e.prevHash, e.hash]));
    expect(appended[0]!.seq).toBe(2);
    expect(await verifyCustodyLog(bulk.db)).toMatchObject({ ok: true, events: 51, head: one[49]!.hash });
  });

  it('continues the chain after events appended one by one between two transactions', async () => {
    const ws = newWorkspace();
    ws.db.transaction(() => custodyAppender(ws.db)(event(1)))();
    appendCustodyEvent(ws.db, event(2));
    const [third, fourth] = ws.db.transaction(() => {
      const append = custodyAppender(ws.db);
      return [append(event(3)), append(event(4))];
    })();
    expect([third!.seq, fourth!.seq]).toEqual([3, 4]);
    expect(await verifyCustodyLog(ws.db)).toMatchObject({ ok: true, events: 4, head: fourth!.hash });
  });

  it('refuses to append outside a transaction, where its remembered head could be stale', () => {
    const ws = newWorkspace();
    const append = custodyAppender(ws.db);
    expect(() => append(event(1))).toThrow(/inside one transaction/);
    expect(ws.db.prepare('SELECT count(*) AS n FROM custody_event').get()).toEqual({ n: 0 });
  });
});

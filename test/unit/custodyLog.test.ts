import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { appendCustodyEvent, GENESIS_HASH, verifyCustodyLog, custodyEventHash } from '../../electron/core/cases/custodyLog';
import { canonicalJson, sha256Hex } from '../../electron/core/hashing';
import { newWorkspace } from '../support/tempWorkspace';

const event = (n: number) => ({ at: `2026-01-0${n}T00:00:00Z`, actor: 'tester', action: 'case.created', subjectType: 'case', subjectId: n, details: { name: `Case ${n}`, listings: [n, n + 1] } });

describe('the custody log', () => {
  it('chains each event to the previous hash, starting from 64 zeros', async () => {
    const ws = newWorkspace();
    const first = appendCustodyEvent(ws.db, event(1));
    const second = appendCustodyEvent(ws.db, event(2));
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    const body = canonicalJson({ seq: 1, at: first.at, actor: 'tester', action: 'case.created', subject_type: 'case', subject_id: '1', details: first.details });
    expect(first.hash).toBe(sha256Hex(GENESIS_HASH + body));
    expect(await verifyCustodyLog(ws.db)).toEqual({ ok: true, events: 2, head: second.hash });
  });

  it('refuses to update or delete an event', () => {
    const ws = newWorkspace();
    appendCustodyEvent(ws.db, event(1));
    expect(() => ws.db.prepare("UPDATE custody_event SET actor = 'mallory'").run()).toThrow(/append-only/);
    expect(() => ws.db.prepare('DELETE FROM custody_event').run()).toThrow(/append-only/);
  });

  it('names the first event whose content was altered behind the triggers’ back', async () => {
    const ws = newWorkspace();
    for (let i = 1; i <= 4; i++) appendCustodyEvent(ws.db, event(i));
    const file = ws.dbPath;
    ws.close();
    const raw = new Database(file);
    raw.exec('DROP TRIGGER custody_event_no_update');
    raw.prepare("UPDATE custody_event SET details = '{\"name\":\"Case 3 (edited)\"}' WHERE seq = 3").run();
    const result = await verifyCustodyLog(raw);
    expect(result).toMatchObject({ ok: false, seq: 3, events: 2 });
    raw.close();
  });

  it('names the gap when an event was removed', async () => {
    const ws = newWorkspace();
    for (let i = 1; i <= 3; i++) appendCustodyEvent(ws.db, event(i));
    ws.db.exec('DROP TRIGGER custody_event_no_delete');
    ws.db.prepare('DELETE FROM custody_event WHERE seq = 2').run();
    expect(await verifyCustodyLog(ws.db)).toMatchObject({ ok: false, seq: 3, reason: expect.stringMatching(/event 2 is missing/) });
  });

  it('reports progress batch by batch across a long chain', async () => {
    const ws = newWorkspace();
    ws.db.transaction(() => {
      for (let i = 1; i <= 25; i++) appendCustodyEvent(ws.db, event(1 + (i % 9)));
    })();
    const seen: number[] = [];
    expect(await verifyCustodyLog(ws.db, (done) => seen.push(done), 10)).toMatchObject({ ok: true, events: 25 });
    expect(seen).toEqual([10, 20, 25]);
  });

  it('hashes the same event the same way whatever the order of its keys', () => {
    const a = custodyEventHash(GENESIS_HASH, { seq: 1, at: 't', actor: 'a', action: 'x', subjectType: 's', subjectId: '1', details: { b: 1, a: 2 } });
    const b = custodyEventHash(GENESIS_HASH, { seq: 1, at: 't', actor: 'a', action: 'x', subjectType: 's', subjectId: '1', details: { a: 2, b: 1 } });
    expect(a).toBe(b);
  });
});

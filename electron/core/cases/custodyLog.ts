// The append-only custody log: each event's hash covers the previous hash and the event's canonical JSON,
// so changing, removing or reordering any event breaks every link after it.
import type Database from 'better-sqlite3';
import { canonicalJson, sha256Hex } from '../hashing';

export const GENESIS_HASH = '0'.repeat(64);

export interface CustodyEventInput {
  at: string;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string | number;
  details?: Record<string, unknown>;
}

export interface CustodyEvent {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

interface CustodyRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  details: string;
  prev_hash: string;
  hash: string;
}

/** The hash of one event: SHA-256(prev_hash ‖ canonical JSON of the event). */
export function custodyEventHash(prevHash: string, e: Omit<CustodyEvent, 'prevHash' | 'hash'>): string {
  const body = canonicalJson({
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    subject_type: e.subjectType,
    subject_id: e.subjectId,
    details: e.details,
  });
  return sha256Hex(prevHash + body);
}

/** Appends one event. Call inside the transaction that makes the change it records. */
export function appendCustodyEvent(db: Database.Database, input: CustodyEventInput): CustodyEvent {
  // Each event in a transaction of its own when the caller has none, as a lone INSERT would be.
  return db.inTransaction ? custodyAppender(db)(input) : db.transaction(() => custodyAppender(db)(input))();
}

/**
 * Appends events one after another, for code that records many changes in one transaction (a bulk decision):
 * the statements are prepared once, and the chain's last seq and hash are read once and then kept in memory.
 * Make one inside the transaction and use it only there: nothing else can append while it runs, and a head kept
 * past a rolled-back transaction would leave a gap. Used outside a transaction, it refuses.
 */
export function custodyAppender(db: Database.Database): (input: CustodyEventInput) => CustodyEvent {
  const lastEvent = db.prepare('SELECT seq, hash FROM custody_event ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare('INSERT INTO custody_event (seq, at, actor, action, subject_type, subject_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  let head: { seq: number; hash: string } | null = null;
  return (input) => {
    if (!db.inTransaction) throw new Error('custodyAppender is for appending inside one transaction; use appendCustodyEvent for a single event.');
    head ??= (lastEvent.get() as { seq: number; hash: string } | undefined) ?? { seq: 0, hash: GENESIS_HASH };
    const event = {
      seq: head.seq + 1,
      at: input.at,
      actor: input.actor,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: String(input.subjectId),
      details: input.details ?? {},
    };
    const prevHash = head.hash;
    const hash = custodyEventHash(prevHash, event);
    insert.run(event.seq, event.at, event.actor, event.action, event.subjectType, event.subjectId, canonicalJson(event.details), prevHash, hash);
    head = { seq: event.seq, hash };
    return { ...event, prevHash, hash };
  };
}

export type CustodyVerification =
  | { ok: true; events: number; head: string }
  | { ok: false; events: number; seq: number; reason: string };

/**
 * Walks the chain from genesis and reports the first event whose link or hash does not hold.
 * Reads in batches and yields to the event loop between them, so progress events reach the person.
 */
export async function verifyCustodyLog(db: Database.Database, onProgress?: (checked: number, total: number) => void, batchSize = 2000): Promise<CustodyVerification> {
  const total = (db.prepare('SELECT count(*) AS n FROM custody_event').get() as { n: number }).n;
  const batch = db.prepare('SELECT * FROM custody_event WHERE seq > ? ORDER BY seq LIMIT ?');
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let lastSeq = 0;
  for (;;) {
    const rows = batch.all(lastSeq, batchSize) as CustodyRow[];
    if (rows.length === 0) break;
    for (const row of rows) {
      const broken = checkLink(row, expectedSeq, prevHash);
      if (broken) return { ok: false, events: checked, seq: row.seq, reason: broken };
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    lastSeq = rows[rows.length - 1]!.seq;
    onProgress?.(checked, total);
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (checked === 0) onProgress?.(0, total);
  return { ok: true, events: checked, head: prevHash };
}

/** Why this event breaks the chain, or null when it holds. */
function checkLink(row: CustodyRow, expectedSeq: number, prevHash: string): string | null {
  if (row.seq !== expectedSeq) return `event ${expectedSeq} is missing (the next one is ${row.seq})`;
  if (row.prev_hash !== prevHash) return `event ${row.seq} does not link to the hash of event ${row.seq - 1}`;
  let details: Record<string, unknown>;
  try {
    details = JSON.parse(row.details) as Record<string, unknown>;
  } catch {
    return `event ${row.seq} has details that are not valid JSON`;
  }
  const hash = custodyEventHash(prevHash, { seq: row.seq, at: row.at, actor: row.actor, action: row.action, subjectType: row.subject_type, subjectId: row.subject_id, details });
  return hash === row.hash ? null : `event ${row.seq} has been altered: its content no longer matches its hash`;
}

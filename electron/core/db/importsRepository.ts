// All SQL over imports: their records and counts, rejected rows, saved presets, and the exchange-rate table.
import type Database from 'better-sqlite3';
import type { ExchangeRate, ImportKind, ImportRejection, ImportStatus, ImportSummary } from '../../api/contract';

interface ImportRow {
  id: number;
  kind: ImportKind;
  file_name: string;
  file_path: string;
  sha256: string;
  size: number;
  format: string;
  options: string;
  mapping: string;
  marketplace: string | null;
  status: ImportStatus;
  error: string | null;
  rows_read: number;
  rows_new: number;
  rows_updated: number;
  rows_unchanged: number;
  rows_rejected: number;
  started_at: string;
  finished_at: string | null;
  duration_ms: number | null;
  pid: number | null;
}

const toSummary = (r: ImportRow): ImportSummary => ({
  id: r.id,
  kind: r.kind,
  fileName: r.file_name,
  filePath: r.file_path,
  sha256: r.sha256,
  size: r.size,
  format: r.format,
  mapping: JSON.parse(r.mapping) as Record<string, string>,
  marketplace: r.marketplace,
  status: r.status,
  error: r.error,
  counts: { read: r.rows_read, new: r.rows_new, updated: r.rows_updated, unchanged: r.rows_unchanged, rejected: r.rows_rejected },
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  durationMs: r.duration_ms,
});

export interface NewImport {
  kind: ImportKind;
  fileName: string;
  filePath: string;
  sha256: string;
  size: number;
  format: string;
  options: Record<string, unknown>;
  mapping: Record<string, string>;
  marketplace: string | null;
  startedAt: string;
}

/** Records an import as running, committed at once, so a crash leaves a record to mark as failed. */
export function createImport(db: Database.Database, i: NewImport): number {
  return Number(
    db
      .prepare(`INSERT INTO import (kind, file_name, file_path, sha256, size, format, options, mapping, marketplace, status, started_at, pid)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?)`)
      .run(i.kind, i.fileName, i.filePath, i.sha256, i.size, i.format, JSON.stringify(i.options), JSON.stringify(i.mapping), i.marketplace, i.startedAt, process.pid).lastInsertRowid,
  );
}

export interface ImportCounts {
  read: number;
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export function finishImport(db: Database.Database, id: number, status: Exclude<ImportStatus, 'running'>, counts: ImportCounts, finishedAt: string, durationMs: number, error: string | null = null): void {
  db.prepare(`UPDATE import SET status = ?, error = ?, rows_read = ?, rows_new = ?, rows_updated = ?, rows_unchanged = ?, rows_rejected = ?,
      finished_at = ?, duration_ms = ? WHERE id = ?`).run(status, error, counts.read, counts.new, counts.updated, counts.unchanged, counts.rejected, finishedAt, durationMs, id);
}

export function setImportStatus(db: Database.Database, id: number, status: ImportStatus, error: string | null = null): void {
  db.prepare('UPDATE import SET status = ?, error = coalesce(?, error) WHERE id = ?').run(status, error, id);
}

/** Marks an import still recorded as running as failed, with the sentence that says why (its rows rolled back). */
export function failRunningImport(db: Database.Database, id: number, reason: string, at: string): void {
  db.prepare("UPDATE import SET status = 'failed', error = ?, finished_at = ? WHERE id = ? AND status = 'running'").run(reason, at, id);
}

/** Marks imports left 'running' by a process that no longer exists (killed or crashed) as failed. */
export function recoverInterruptedImports(db: Database.Database, isAlive: (pid: number) => boolean, at: string): number {
  const running = db.prepare("SELECT id, pid FROM import WHERE status = 'running'").all() as { id: number; pid: number | null }[];
  const dead = running.filter((r) => r.pid === null || !isAlive(r.pid));
  db.transaction(() => dead.forEach((r) => failRunningImport(db, r.id, 'The import was interrupted before it finished; nothing from it was kept.', at)))();
  return dead.length;
}

/** The column list and mapping an import read its rows with, for reading back the rows its listings keep. */
export function importColumns(db: Database.Database, id: number): { headers: string[]; mapping: Record<string, string> } | null {
  const row = db.prepare('SELECT options, mapping FROM import WHERE id = ?').get(id) as { options: string; mapping: string } | undefined;
  if (!row) return null;
  const headers = (JSON.parse(row.options) as { headers?: unknown }).headers;
  return Array.isArray(headers) ? { headers: headers.map(String), mapping: JSON.parse(row.mapping) as Record<string, string> } : null;
}

export function getImport(db: Database.Database, id: number): ImportSummary | null {
  const row = db.prepare('SELECT * FROM import WHERE id = ?').get(id) as ImportRow | undefined;
  return row ? toSummary(row) : null;
}

export function listImports(db: Database.Database): ImportSummary[] {
  return (db.prepare('SELECT * FROM import ORDER BY id DESC').all() as ImportRow[]).map(toSummary);
}

/** The latest completed import of the same bytes, if any. */
export function findImportBySha256(db: Database.Database, sha256: string, kind: ImportKind): ImportSummary | null {
  const row = db.prepare("SELECT * FROM import WHERE sha256 = ? AND kind = ? AND status = 'completed' ORDER BY id DESC LIMIT 1").get(sha256, kind) as ImportRow | undefined;
  return row ? toSummary(row) : null;
}

export function rejectionInserter(db: Database.Database, importId: number): (r: ImportRejection) => void {
  const insert = db.prepare('INSERT INTO import_rejection (import_id, row_number, column_name, reason, raw) VALUES (?, ?, ?, ?, ?)');
  return (r) => void insert.run(importId, r.rowNumber, r.column, r.reason, r.raw);
}

export function countRejections(db: Database.Database, importId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM import_rejection WHERE import_id = ?').get(importId) as { n: number }).n;
}

export function listRejections(db: Database.Database, importId: number, offset: number, limit: number): ImportRejection[] {
  return (
    db
      .prepare('SELECT row_number, column_name, reason, raw FROM import_rejection WHERE import_id = ? ORDER BY row_number, id LIMIT ? OFFSET ?')
      .all(importId, limit, offset) as { row_number: number; column_name: string | null; reason: string; raw: string }[]
  ).map((r) => ({ rowNumber: r.row_number, column: r.column_name, reason: r.reason, raw: r.raw }));
}

export function* iterateRejections(db: Database.Database, importId: number): Generator<ImportRejection> {
  for (const r of db.prepare('SELECT row_number, column_name, reason, raw FROM import_rejection WHERE import_id = ? ORDER BY row_number, id').iterate(importId) as IterableIterator<{
    row_number: number;
    column_name: string | null;
    reason: string;
    raw: string;
  }>) {
    yield { rowNumber: r.row_number, column: r.column_name, reason: r.reason, raw: r.raw };
  }
}

export interface SavedPreset {
  kind: ImportKind;
  name: string;
  mapping: Record<string, string>;
  marketplace: string | null;
}

export function listSavedPresets(db: Database.Database, kind: ImportKind): SavedPreset[] {
  return (db.prepare('SELECT kind, name, mapping, marketplace FROM import_preset WHERE kind = ? ORDER BY name').all(kind) as { kind: ImportKind; name: string; mapping: string; marketplace: string | null }[]).map(
    (r) => ({ kind: r.kind, name: r.name, mapping: JSON.parse(r.mapping) as Record<string, string>, marketplace: r.marketplace }),
  );
}

export function savePreset(db: Database.Database, p: SavedPreset, at: string): void {
  db.prepare(`INSERT INTO import_preset (kind, name, mapping, marketplace, created_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (kind, name) DO UPDATE SET mapping = excluded.mapping, marketplace = excluded.marketplace`).run(p.kind, p.name, JSON.stringify(p.mapping), p.marketplace, at);
}

export function exchangeRates(db: Database.Database): ExchangeRate[] {
  return (db.prepare('SELECT currency, usd_per_unit, as_of FROM exchange_rate ORDER BY currency').all() as { currency: string; usd_per_unit: number; as_of: string }[]).map((r) => ({
    currency: r.currency,
    usdPerUnit: r.usd_per_unit,
    asOf: r.as_of,
  }));
}

/** US dollars per unit of each currency, for normalising prices. */
export function exchangeRateMap(db: Database.Database): Map<string, number> {
  return new Map(exchangeRates(db).map((r) => [r.currency, r.usdPerUnit]));
}

export function saveExchangeRates(db: Database.Database, rates: ExchangeRate[]): void {
  const upsert = db.prepare(`INSERT INTO exchange_rate (currency, usd_per_unit, as_of) VALUES (?, ?, ?)
    ON CONFLICT (currency) DO UPDATE SET usd_per_unit = excluded.usd_per_unit, as_of = excluded.as_of`);
  db.transaction(() => rates.forEach((r) => upsert.run(r.currency, r.usdPerUnit, r.asOf)))();
}

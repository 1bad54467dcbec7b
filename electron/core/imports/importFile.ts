// Imports one file of listings or of genuine product specifications: hash, sniff, map, then every row in ONE
// transaction, so a crash or a cancel leaves the database as it was and the import recorded as failed or cancelled.
import path from 'node:path';
import type { ImportKind, ImportSummary } from '../../api/contract';
import { appendCustodyEvent } from '../cases/custodyLog';
import { createImport, exchangeRateMap, finishImport, findImportBySha256, getImport, recoverInterruptedImports, rejectionInserter, type ImportCounts } from '../db/importsRepository';
import type { Workspace } from '../db/openWorkspace';
import { AssayError } from '../errors';
import { sha256File } from '../hashing';
import { listingRowSink, productRowSink, type RowSink } from './rowSinks';
import { listingRowMapper, mapBatches, productRowMapper, type MappedBatch } from './mappedBatches';
import { validateMapping } from './mapping/validateMapping';
import { readSource, sniffSource, type SourceOptions } from './source/readSource';
import { statSource } from './source/sourceFile';
import { isProcessAlive } from './processAlive';

/**
 * Listing rows per batch: few enough that a batch is written before V8's young generation would promote it, so
 * the rows of a large file do not pile up as old-generation garbage and memory stays flat.
 */
const LISTING_BATCH_ROWS = 1000;
/** Progress is reported at most this often. */
const PROGRESS_EVERY_MS = 100;
/** A rough size of one exported listing row, to guess a file's row count before reading it. */
const AVERAGE_ROW_BYTES = 300;

export interface ImportRequest {
  kind: ImportKind;
  file: string;
  options: SourceOptions;
  mapping: Record<string, string>;
  marketplace: string | null;
  /** Products: the brand for files without a brand column. */
  brand: string | null;
  /** Import the same bytes again rather than refusing. */
  again: boolean;
  actor: string;
}

export interface ImportProgress {
  importId: number;
  rowsRead: number;
  rejected: number;
  bytesRead: number;
  bytesTotal: number;
  rowsPerSecond: number;
}

export interface ImportRunOptions {
  signal?: AbortSignal;
  onStarted?: (importId: number) => void;
  onProgress?: (p: ImportProgress) => void;
  now?: () => Date;
}

export async function importFile(ws: Workspace, req: ImportRequest, run: ImportRunOptions = {}): Promise<ImportSummary> {
  const { db } = ws;
  const now = run.now ?? (() => new Date());
  const file = path.resolve(req.file);
  const size = statSource(file);
  const sha256 = await sha256File(file);
  const earlier = findImportBySha256(db, sha256, req.kind);
  if (earlier && !req.again) {
    throw new AssayError('duplicate_file', `${path.basename(file)} was already imported on ${earlier.startedAt.slice(0, 10)} as import ${earlier.id} (the same SHA-256). Import it again only if you mean to: use --again.`);
  }
  const sniffed = await sniffSource(file, req.options);
  const problems = validateMapping(req.mapping, sniffed.headers, req.kind, { fileName: path.basename(file), marketplace: req.marketplace });
  if (problems.length) throw new AssayError('invalid_input', problems.join(' '));

  recoverInterruptedImports(db, isProcessAlive, now().toISOString());
  const started = now();
  const importId = createImport(db, {
    kind: req.kind,
    fileName: path.basename(file),
    filePath: file,
    sha256,
    size,
    format: sniffed.format,
    options: { ...req.options, encoding: sniffed.encoding, delimiter: sniffed.delimiter, quote: sniffed.quote, sheet: sniffed.sheet, headers: sniffed.headers },
    mapping: req.mapping,
    marketplace: req.marketplace,
    startedAt: started.toISOString(),
  });
  run.onStarted?.(importId);

  const counts: ImportCounts = { read: 0, new: 0, updated: 0, unchanged: 0, rejected: 0 };
  const reject = rejectionInserter(db, importId);
  const t0 = performance.now();
  let lastProgress = -Infinity;

  db.exec('BEGIN IMMEDIATE');
  try {
    /** Writes mapped batches through the sink, counting each row's outcome and keeping each rejection. */
    const writeAll = async <T>(batches: AsyncIterable<MappedBatch<T>>, sink: RowSink<T>, rawOf: (item: T) => string): Promise<void> => {
      for await (const batch of batches) {
        counts.read += batch.rows.length + batch.rejections.length;
        counts.rejected += batch.rejections.length;
        for (const r of batch.rejections) reject(r);
        for (const { rowNumber, item } of batch.rows) {
          const outcome = sink.write(rowNumber, item);
          if (typeof outcome === 'string') {
            counts[outcome] += 1;
            continue;
          }
          counts.rejected += 1;
          reject({ rowNumber, column: outcome.column, reason: outcome.reason, raw: rawOf(item) });
        }
        if (performance.now() - lastProgress >= PROGRESS_EVERY_MS) {
          lastProgress = performance.now();
          run.onProgress?.({ importId, rowsRead: counts.read, rejected: counts.rejected, bytesRead: batch.bytesRead, bytesTotal: size, rowsPerSecond: counts.read / ((performance.now() - t0) / 1000) });
        }
        if (run.signal?.aborted) return;
      }
      sink.finish();
    };
    // Sinks are made inside the transaction: a product sink may create the brand, which must roll back with the rest.
    if (req.kind === 'listings') {
      const expectedRows = Math.round(size / AVERAGE_ROW_BYTES);
      const sink = listingRowSink(db, importId, started.toISOString(), expectedRows);
      const ctx = { mapping: req.mapping, marketplace: req.marketplace, rates: exchangeRateMap(db) };
      const rows = readSource(file, sniffed, { ...req.options, batchSize: LISTING_BATCH_ROWS, signal: run.signal });
      await writeAll(mapBatches(rows, listingRowMapper(ctx, importId, { headers: sniffed.headers, mapping: req.mapping })), sink, (item) => item.listing.raw);
    } else {
      const sink = productRowSink(db, importId, req, started.toISOString());
      await writeAll(mapBatches(readSource(file, sniffed, { ...req.options, signal: run.signal }), productRowMapper(req.mapping)), sink, (item) => JSON.stringify(item.values));
    }
    if (run.signal?.aborted) throw new AssayError('cancelled', `The import of ${path.basename(file)} was cancelled; nothing from it was kept.`);
    const finished = now();
    finishImport(db, importId, 'completed', counts, finished.toISOString(), finished.getTime() - started.getTime());
    appendCustodyEvent(db, {
      at: finished.toISOString(),
      actor: req.actor,
      action: 'import.completed',
      subjectType: 'import',
      subjectId: importId,
      details: { kind: req.kind, file_name: path.basename(file), sha256, size, mapping: req.mapping, counts: { ...counts } },
    });
    db.exec('COMMIT');
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    const cancelled = e instanceof AssayError && e.code === 'cancelled';
    const finished = now();
    finishImport(db, importId, cancelled ? 'cancelled' : 'failed', { read: 0, new: 0, updated: 0, unchanged: 0, rejected: 0 }, finished.toISOString(), finished.getTime() - started.getTime(), (e as Error).message);
    throw e;
  }
  db.pragma('optimize');
  return getImport(db, importId)!;
}

// Matches every listing to the genuine product it claims to be and runs the rules over it, writing its match,
// risk score and findings. Incremental: a listing whose inputs (its own fields, the catalogue, the settings)
// are unchanged since its last scoring is skipped, and a re-scored listing writes only what changed. A reviewer's
// corrected match is kept, "no product" included. A large run scores most of each batch on a thread of its own
// while it writes the batch before, and the rest itself, so that both threads are busy (scoringShare.ts).
import { changedScoreWriter, iterateScoringListings, readScoringRun, recordScoringRun, scoredTotals, type RescoredListing, type ScoredListing } from '../db/scoringRepository';
import type { Workspace } from '../db/openWorkspace';
import { isProcessAlive } from '../imports/processAlive';
import { createBatchScorer, type ScoringItem } from './batchScorer';
import { scoringInputs } from './scoringInputs';
import { startBatchScoreThread, type BatchScoreThread } from './batchScoreThread';
import { listingsKept, type ScoringCosts } from './scoringShare';

export interface ScoreSummary {
  listings: number;
  /** Scored in this run; the rest were unchanged since their last scoring. */
  scored: number;
  unchanged: number;
  /** Over the whole workspace after this run. */
  matched: number;
  bands: { low: number; medium: number; high: number };
  seconds: number;
}

export interface ScoreOptions {
  /** Re-score every listing, even those whose inputs have not changed. */
  force?: boolean;
  now?: () => Date;
  onProgress?: (done: number) => void;
  /**
   * The bundled scoring thread (batchScoreWorker.cjs). When given, a run with more than one batch to score scores
   * most of each later batch on that thread while the one before is written, and the rest here; without it,
   * everything is scored here.
   */
  batchScoreWorkerScript?: string;
  /** How many listings of each batch sent to the thread are scored here instead: listingsKept unless a test says. */
  kept?: (size: number, costs: ScoringCosts | null) => number;
}

const BATCH = 10_000;
/** Listings scored here at once that say reliably what one costs. */
const MEASURED_AT_LEAST = 500;

/** The last scoring run when it was killed or failed before it finished (and is not still running elsewhere); null otherwise. */
export function interruptedScoringRun(ws: Workspace): { startedAt: string; scored: number } | null {
  const run = readScoringRun(ws.db);
  if (!run || run.finished_at !== undefined) return null;
  if (run.pid !== undefined && run.pid !== process.pid && isProcessAlive(run.pid)) return null;
  return { startedAt: run.started_at, scored: run.scored };
}

export async function scoreWorkspace(ws: Workspace, options: ScoreOptions = {}): Promise<ScoreSummary> {
  const { db } = ws;
  const started = performance.now();
  const inputs = scoringInputs(db);
  const scorer = createBatchScorer(inputs);
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const write = changedScoreWriter(db, startedAt);
  const summary: ScoreSummary = { listings: 0, scored: 0, unchanged: 0, matched: 0, bands: { low: 0, medium: 0, high: 0 }, seconds: 0 };
  // The run is recorded as started, with each batch's count committed beside the batch, so a run killed mid-way
  // leaves a record of how far it got (see interruptedScoringRun).
  let committed = 0;
  recordScoringRun(db, { started_at: startedAt, pid: process.pid, scored: 0 });
  // Each batch is written in an IMMEDIATE transaction: it reads what is stored before it writes, and a deferred
  // transaction that read first cannot take the write lock once an import or a decision has committed meanwhile.
  const flush = db.transaction((batch: RescoredListing[]) => {
    write(batch);
    committed += batch.length;
    recordScoringRun(db, { started_at: startedAt, pid: process.pid, scored: committed });
  });

  // Batches scored or being scored, oldest first, each written once the next has been handed to the thread.
  const queue: { items: ScoringItem[]; scored: Promise<ScoredListing[]>; listingsRead: number }[] = [];
  let thread = null as BatchScoreThread | null;
  // What this thread's own work costs, measured as the run goes: how much of each batch it keeps to score.
  let costs: ScoringCosts | null = null;
  let readMs = 0;
  const keep = options.kept ?? listingsKept;
  const scoreHere = (items: readonly ScoringItem[]): ScoredListing[] => {
    const t0 = performance.now();
    const scored = scorer.scoreBatch(items);
    if (items.length >= MEASURED_AT_LEAST) costs = { otherMsPerBatch: costs?.otherMsPerBatch ?? Infinity, scoreMsPerListing: (performance.now() - t0) / items.length };
    return scored;
  };
  const score = (items: ScoringItem[]): Promise<ScoredListing[]> => {
    // The first batch is scored here: a run with one batch or fewer to score never starts the thread.
    if (options.batchScoreWorkerScript && queue.length > 0) thread ??= startBatchScoreThread(options.batchScoreWorkerScript, inputs);
    if (!thread) return Promise.resolve(scoreHere(items));
    const kept = keep(items.length, costs);
    const there = thread.score(items.slice(kept));
    let here: ScoredListing[];
    try {
      here = scoreHere(items.slice(0, kept));
    } catch (e) {
      there.catch(() => undefined);
      throw e;
    }
    const scored = there.then((rest) => here.concat(rest));
    // A batch that fails while an earlier one is awaited is reported when its own turn comes, or not at all once
    // the run has failed: never as an unhandled rejection.
    scored.catch(() => undefined);
    return scored;
  };
  const writeUntil = async (left: number): Promise<void> => {
    while (queue.length > left) {
      const { items, scored, listingsRead } = queue.shift()!;
      const results = await scored;
      const t0 = performance.now();
      flush.immediate(results.map((s, i) => ({ scored: s, previous: items[i]!.listing })));
      if (costs !== null) costs = { ...costs, otherMsPerBatch: readMs + (performance.now() - t0) };
      options.onProgress?.(listingsRead);
    }
  };

  try {
    let pending: ScoringItem[] = [];
    let readFrom = performance.now();
    for (const listing of iterateScoringListings(db)) {
      summary.listings += 1;
      const inputHash = scorer.inputHash(listing);
      if (!options.force && listing.input_hash === inputHash) {
        summary.unchanged += 1;
        continue;
      }
      summary.scored += 1;
      pending.push({ listing, inputHash });
      if (pending.length >= BATCH) {
        readMs = performance.now() - readFrom;
        queue.push({ items: pending, scored: score(pending), listingsRead: summary.listings });
        pending = [];
        await writeUntil(1);
        readFrom = performance.now();
      }
    }
    if (pending.length > 0) queue.push({ items: pending, scored: score(pending), listingsRead: summary.listings });
    await writeUntil(0);
  } finally {
    await thread?.close();
  }
  recordScoringRun(db, { started_at: startedAt, finished_at: now().toISOString(), scored: summary.scored });
  options.onProgress?.(summary.listings);
  Object.assign(summary, scoredTotals(db));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

// Matches every listing to the genuine product it claims to be and runs the rules over it, writing its match,
// risk score and findings. Incremental: a listing whose inputs (its own fields, the catalogue, the settings)
// are unchanged since its last scoring is skipped, and a re-scored listing writes only what changed. A reviewer's
// corrected match is kept, "no product" included.
import { changedScoreWriter, iterateScoringListings, readScoringRun, recordScoringRun, scoredTotals, type RescoredListing, type ScoredListing, type ScoringListing } from '../db/scoringRepository';
import type { Workspace } from '../db/openWorkspace';
import { sha256Hex } from '../hashing';
import { isProcessAlive } from '../imports/processAlive';
import { createListingScorer, type ListingScorer } from './listingScorer';
import { scoringInputs } from './scoringInputs';

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
}

const BATCH = 10_000;

/** The last scoring run when it was killed or failed before it finished (and is not still running elsewhere); null otherwise. */
export function interruptedScoringRun(ws: Workspace): { startedAt: string; scored: number } | null {
  const run = readScoringRun(ws.db);
  if (!run || run.finished_at !== undefined) return null;
  if (run.pid !== undefined && run.pid !== process.pid && isProcessAlive(run.pid)) return null;
  return { startedAt: run.started_at, scored: run.scored };
}

export function scoreWorkspace(ws: Workspace, options: ScoreOptions = {}): ScoreSummary {
  const { db } = ws;
  const started = performance.now();
  const inputs = scoringInputs(db);
  const scorer = createListingScorer(inputs);
  // The rules without any product, for listings a reviewer said match no product: made when the first one comes.
  let productless: ListingScorer | null = null;
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const write = changedScoreWriter(db, startedAt);
  const summary: ScoreSummary = { listings: 0, scored: 0, unchanged: 0, matched: 0, bands: { low: 0, medium: 0, high: 0 }, seconds: 0 };
  let pending: RescoredListing[] = [];
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

  /** A "no product" correction stands: the findings are those of a listing with no product, the candidates still shown. */
  function scoreWithoutProduct(l: ScoringListing, inputHash: string): ScoredListing {
    const matched = scorer.score(l, inputHash);
    productless ??= createListingScorer({ ...inputs, products: [] });
    const alone = productless.score(l, inputHash);
    return { ...alone, productId: null, score: matched.score, candidates: matched.candidates, corrected: true };
  }

  for (const l of iterateScoringListings(db)) {
    summary.listings += 1;
    const noProduct = l.corrected === 1 && l.corrected_product_id === null;
    // The correction to "no product" is an input too: making or undoing it re-scores the listing.
    const inputHash = noProduct ? sha256Hex(`no product\u0000${scorer.inputHash(l)}`) : scorer.inputHash(l);
    if (!options.force && l.input_hash === inputHash) {
      summary.unchanged += 1;
      continue;
    }
    summary.scored += 1;
    pending.push({ scored: noProduct ? scoreWithoutProduct(l, inputHash) : scorer.score(l, inputHash), previous: l });
    if (pending.length >= BATCH) {
      flush.immediate(pending);
      pending = [];
      options.onProgress?.(summary.listings);
    }
  }
  flush.immediate(pending);
  recordScoringRun(db, { started_at: startedAt, finished_at: now().toISOString(), scored: summary.scored });
  options.onProgress?.(summary.listings);
  Object.assign(summary, scoredTotals(db));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

// Entry of the thread that scores a large run's batches (batchScoreThread.ts) while scoreWorkspace writes the
// batch before: pure computation over the inputs it was started with, no database.
import { parentPort, workerData } from 'node:worker_threads';
import { createBatchScorer, type ScoringItem } from './batchScorer';
import type { ScoringInputs } from './listingScorer';
import type { BatchScoreReply } from './batchScoreThread';

const scorer = createBatchScorer((workerData as { inputs: ScoringInputs }).inputs);
const port = parentPort!;
port.on('message', ({ id, items }: { id: number; items: ScoringItem[] }) => {
  let reply: BatchScoreReply;
  try {
    reply = { id, scored: scorer.scoreBatch(items) };
  } catch (e) {
    reply = { id, error: (e as Error).message ?? String(e) };
  }
  port.postMessage(reply);
});

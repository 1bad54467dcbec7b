// A thread that scores batches of listings (batchScoreWorker.ts), so that a large scoring run computes one batch
// while it writes the one before: on two cores, the matcher and the rules no longer wait for SQLite.
import { Worker } from 'node:worker_threads';
import { JOB_THREAD_YOUNG_GENERATION_MB, WORKER_HEAP_LIMIT_MB } from '../workers/jobThread';
import type { ScoredListing } from '../db/scoringRepository';
import type { ScoringItem } from './batchScorer';
import type { ScoringInputs } from './listingScorer';

export type BatchScoreReply = { id: number; scored: ScoredListing[] } | { id: number; error: string };

export interface BatchScoreThread {
  score(items: readonly ScoringItem[]): Promise<ScoredListing[]>;
  /** Ends the thread; batches still being scored are refused. */
  close(): Promise<void>;
}

export function startBatchScoreThread(script: string, inputs: ScoringInputs): BatchScoreThread {
  const worker = new Worker(script, { workerData: { inputs }, resourceLimits: { maxYoungGenerationSizeMb: JOB_THREAD_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB } });
  const waiting = new Map<number, { resolve: (s: ScoredListing[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  let ended: Error | null = null;
  const fail = (e: Error): void => {
    ended ??= e;
    for (const w of waiting.values()) w.reject(ended);
    waiting.clear();
  };
  worker.on('message', (reply: BatchScoreReply) => {
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if ('error' in reply) w.reject(new Error(`Scoring failed: ${reply.error}`));
    else w.resolve(reply.scored);
  });
  worker.on('error', (e: Error) => fail(new Error(`Scoring failed: ${e.message}`)));
  worker.on('exit', (code) => fail(new Error(`The scoring thread stopped (exit code ${code}).`)));
  return {
    score(items) {
      if (ended) return Promise.reject(ended);
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, items });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

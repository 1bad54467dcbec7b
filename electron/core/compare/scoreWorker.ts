// Entry of the worker thread that runs `scoring.run` (Settings → Re-score now), one run at a time
// (workers/jobThread.ts): it hashes any image without a hash, then scores the workspace incrementally on its own
// connection, so the Electron main thread and the web host stay responsive. Progress and the outcome go back as
// messages.
import { parentPort, workerData } from 'node:worker_threads';
import { evidenceStoreFor } from '../cases/evidenceStore';
import { openWorkspace } from '../db/openWorkspace';
import { AssayError } from '../errors';
import { serveJobs } from '../workers/serveJobs';
import { hashMissingImages } from './images/hashStoredImages';
import { scoreWorkspace, type ScoreSummary } from './scoreWorkspace';

export type ScoreWorkerMessage =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'done'; summary: ScoreSummary; imagesHashed: number }
  | { type: 'error'; code: string; message: string };

/** batchScoreWorkerScript: the bundled batch scoring worker, found beside this one by whoever starts it. */
const data = workerData as { dbPath: string; nativeBinding?: string; batchScoreWorkerScript: string };
const post = (m: ScoreWorkerMessage) => parentPort!.postMessage(m);

async function runScoring(force: boolean): Promise<void> {
  const ws = openWorkspace(data.dbPath, { mode: 'open', quickCheck: false, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
  let done: ScoreWorkerMessage;
  try {
    post({ type: 'progress', phase: 'images', done: 0, total: 0 });
    const images = await hashMissingImages(ws.db, evidenceStoreFor(ws.dir));
    const total = (ws.db.prepare('SELECT count(*) AS n FROM listing').get() as { n: number }).n;
    const summary = await scoreWorkspace(ws, {
      force,
      onProgress: (done) => post({ type: 'progress', phase: 'listings', done, total }),
      batchScoreWorkerScript: data.batchScoreWorkerScript,
    });
    done = { type: 'done', summary, imagesHashed: images.hashed + images.unreadable.length };
  } finally {
    ws.close();
  }
  // 'done' goes once the connection is closed: whoever waits on it may close the last other connection and exit,
  // and only the last connection to close checkpoints the write-ahead log into the database file and removes it.
  post(done);
}

serveJobs<{ force: boolean }>(({ force }) =>
  runScoring(force).catch((e: unknown) => {
    const known = e instanceof AssayError;
    post({ type: 'error', code: known ? e.code : 'internal', message: known ? e.message : `Scoring failed unexpectedly: ${(e as Error).message ?? String(e)}` });
  }),
);

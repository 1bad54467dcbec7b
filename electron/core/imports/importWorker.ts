// Entry of the worker thread that runs imports, one at a time (workers/jobThread.ts), so the Electron main thread
// and the web host stay responsive. Each import opens its own connection to the workspace; progress and the
// outcome go back as messages.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportSummary } from '../../api/contract';
import { openWorkspace } from '../db/openWorkspace';
import { AssayError, storageError } from '../errors';
import { serveJobs } from '../workers/serveJobs';
import { importFile, type ImportRequest } from './importFile';
import type { ImportWorkerMessage } from './importJobs';

const data = workerData as { dbPath: string; nativeBinding?: string };
const post = (m: ImportWorkerMessage) => parentPort!.postMessage(m);

async function runImport(request: ImportRequest, signal: AbortSignal): Promise<void> {
  const ws = openWorkspace(data.dbPath, { mode: 'open', quickCheck: false, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
  let summary: ImportSummary;
  try {
    summary = await importFile(ws, request, {
      signal,
      onStarted: (importId) => post({ type: 'started', importId }),
      onProgress: (p) => post({ type: 'progress', progress: p }),
    });
  } finally {
    ws.close();
  }
  // 'done' goes once the connection is closed: whoever waits on it may close the last other connection and exit,
  // and only the last connection to close checkpoints the write-ahead log into the database file and removes it.
  post({ type: 'done', summary });
}

serveJobs<ImportRequest>((request, signal) =>
  runImport(request, signal).catch((caught: unknown) => {
    // A full disk or read-only storage is said in the same words as everywhere else, naming the file.
    const e = storageError(caught, `The import of ${path.basename(request.file)}`) ?? caught;
    const known = e instanceof AssayError;
    post({ type: 'error', code: known ? e.code : 'internal', message: known ? e.message : `The import failed unexpectedly: ${(e as Error).message ?? String(e)}` });
  }),
);

// Entry of the worker thread that runs one import, so the Electron main thread and the web host stay responsive.
// It opens its own connection to the workspace; progress and the outcome go back as messages.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { openWorkspace } from '../db/openWorkspace';
import { AssayError, storageError } from '../errors';
import { importFile, type ImportRequest } from './importFile';
import type { ImportWorkerMessage } from './importJobs';

const data = workerData as { dbPath: string; nativeBinding?: string; request: ImportRequest };
const port = parentPort!;
const post = (m: ImportWorkerMessage) => port.postMessage(m);
const controller = new AbortController();
port.on('message', (m: { type: string }) => {
  if (m.type === 'cancel') controller.abort();
});
// Listening for a cancel must not keep the worker alive once the import is over.
port.unref();

async function main(): Promise<void> {
  const ws = openWorkspace(data.dbPath, { mode: 'open', quickCheck: false, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
  try {
    const summary = await importFile(ws, data.request, {
      signal: controller.signal,
      onStarted: (importId) => post({ type: 'started', importId }),
      onProgress: (p) => post({ type: 'progress', progress: p }),
    });
    post({ type: 'done', summary });
  } finally {
    ws.close();
  }
}

main().catch((caught: unknown) => {
  // A full disk or read-only storage is said in the same words as everywhere else, naming the file.
  const e = storageError(caught, `The import of ${path.basename(data.request.file)}`) ?? caught;
  const known = e instanceof AssayError;
  post({ type: 'error', code: known ? e.code : 'internal', message: known ? e.message : `The import failed unexpectedly: ${(e as Error).message ?? String(e)}` });
});

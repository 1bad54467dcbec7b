// Runs imports in worker threads for the app and the web host: starts them, relays their progress as
// contract events, and cancels them on request.
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../api/result';
import type { EventSink, ImportSummary } from '../../api/contract';
import { AssayError } from '../errors';
import type { ImportRequest, ImportProgress } from './importFile';

export type ImportWorkerMessage =
  | { type: 'started'; importId: number }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'error'; code: ErrorCode; message: string };

export interface ImportJobsOptions {
  dbPath: string;
  nativeBinding?: string;
  /** The bundled importWorker (dist/electron/importWorker.cjs). */
  workerScript: string;
  events: EventSink;
}

export interface ImportJobs {
  start(request: ImportRequest): Promise<{ importId: number; finished: Promise<ImportSummary> }>;
  cancel(importId: number): boolean;
  /** Stops every running import (they roll back) and waits for the workers to end. */
  stopAll(): Promise<void>;
}

export function createImportJobs(options: ImportJobsOptions): ImportJobs {
  const running = new Map<number, Worker>();
  const workers = new Set<Worker>();

  return {
    start(request) {
      const worker = new Worker(options.workerScript, { workerData: { dbPath: options.dbPath, nativeBinding: options.nativeBinding, request } });
      workers.add(worker);
      let importId: number | null = null;
      let last: ImportProgress | null = null;
      return new Promise((resolveStarted, rejectStarted) => {
        let settle: { resolve: (s: ImportSummary) => void; reject: (e: Error) => void };
        const finished = new Promise<ImportSummary>((resolve, reject) => (settle = { resolve, reject }));
        finished.catch(() => {});
        const emit = (status: 'running' | 'completed' | 'failed' | 'cancelled', message: string | null) => {
          if (importId === null) return;
          options.events.emit('import.progress', {
            importId,
            status,
            rowsRead: last?.rowsRead ?? 0,
            rejected: last?.rejected ?? 0,
            bytesRead: last?.bytesRead ?? 0,
            bytesTotal: last?.bytesTotal ?? 0,
            rowsPerSecond: last?.rowsPerSecond ?? 0,
            message,
          });
        };
        worker.on('message', (m: ImportWorkerMessage) => {
          if (m.type === 'started') {
            importId = m.importId;
            running.set(m.importId, worker);
            emit('running', null);
            resolveStarted({ importId: m.importId, finished });
          } else if (m.type === 'progress') {
            last = m.progress;
            emit('running', null);
          } else if (m.type === 'done') {
            last = { ...(last ?? { importId: m.summary.id, bytesRead: m.summary.size, bytesTotal: m.summary.size, rowsPerSecond: 0 }), rowsRead: m.summary.counts.read, rejected: m.summary.counts.rejected };
            emit('completed', null);
            settle.resolve(m.summary);
          } else {
            const error = new AssayError(m.code, m.message);
            if (importId === null) rejectStarted(error);
            else emit(m.code === 'cancelled' ? 'cancelled' : 'failed', m.message);
            settle.reject(error);
          }
        });
        worker.on('error', (e) => {
          const error = new AssayError('internal', `The import worker stopped: ${e.message}`);
          if (importId === null) rejectStarted(error);
          else emit('failed', error.message);
          settle.reject(error);
        });
        worker.on('exit', () => {
          workers.delete(worker);
          if (importId !== null) running.delete(importId);
          if (importId === null) rejectStarted(new AssayError('internal', 'The import worker ended before the import started.'));
        });
      });
    },
    cancel(importId) {
      const worker = running.get(importId);
      if (!worker) return false;
      worker.postMessage({ type: 'cancel' });
      return true;
    },
    async stopAll() {
      for (const worker of workers) worker.postMessage({ type: 'cancel' });
      await Promise.all([...workers].map((w) => new Promise((resolve) => w.once('exit', resolve))));
    },
  };
}

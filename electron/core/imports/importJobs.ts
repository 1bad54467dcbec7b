// Runs imports in a worker thread for the app, the web host and the CLI: starts them, relays their progress as
// contract events, and cancels them on request. Imports run one at a time in one thread kept between them
// (workers/jobThread.ts). The thread's JavaScript heap is capped: an import keeps little alive (a batch of rows at
// a time), but under V8's default ceiling (a quarter of the machine's memory) its heap grows by hundreds of
// megabytes of garbage before it collects; a 1 GB cap keeps its peak near its real needs.
import path from 'node:path';
import type { ErrorCode } from '../../api/result';
import type { EventSink, ImportSummary } from '../../api/contract';
import { failRunningImport } from '../db/importsRepository';
import type { Workspace } from '../db/openWorkspace';
import { AssayError } from '../errors';
import { JobThread, WORKER_HEAP_LIMIT_MB } from '../workers/jobThread';
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
  /** The cap on a worker's JavaScript heap, in MB (WORKER_HEAP_LIMIT_MB unless a test needs it smaller). */
  heapLimitMb?: number;
  /**
   * Told of an import whose worker ended without finishing it (out of memory, or a crash): its rows rolled back
   * with the worker's connection, and the caller, which holds the workspace, records it as failed with `reason`.
   */
  onLost: (importId: number, reason: string) => void;
}

export interface ImportJobs {
  /**
   * Starts an import once the one before it has ended (one at a time: an import holds the workspace's write lock
   * from start to end), resolving when it has started.
   */
  start(request: ImportRequest): Promise<{ importId: number; finished: Promise<ImportSummary> }>;
  cancel(importId: number): boolean;
  /** Stops every running import (they roll back), drops those waiting their turn, and waits for the workers to end. */
  stopAll(): Promise<void>;
}

export function createImportJobs(options: ImportJobsOptions): ImportJobs {
  const heapLimitMb = options.heapLimitMb ?? WORKER_HEAP_LIMIT_MB;
  const thread = new JobThread<ImportRequest, ImportWorkerMessage>({
    script: options.workerScript,
    workerData: { dbPath: options.dbPath, nativeBinding: options.nativeBinding },
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb },
  });
  let runningId: number | null = null;
  let stopping = false;
  // The end of the last import asked for: the next starts after it, whether it finished, failed or never started.
  let tail: Promise<unknown> = Promise.resolve();
  // The end of the import running now, for stopAll to wait on.
  let current: Promise<unknown> = Promise.resolve();

  const launch = (request: ImportRequest): Promise<{ importId: number; finished: Promise<ImportSummary> }> => {
    if (stopping) return Promise.reject(new AssayError('cancelled', `The import of ${path.basename(request.file)} was not started: Assay is closing the workspace.`));
    let importId: number | null = null;
    let last: ImportProgress | null = null;
    return new Promise((resolveStarted, rejectStarted) => {
      let settle: { resolve: (s: ImportSummary) => void; reject: (e: Error) => void };
      let settled = false;
      let lost: AssayError | null = null;
      let ended!: () => void;
      current = new Promise<void>((resolve) => (ended = resolve));
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
      thread.run(request, {
        message(m) {
          if (m.type === 'started') {
            importId = m.importId;
            runningId = m.importId;
            emit('running', null);
            resolveStarted({ importId: m.importId, finished });
          } else if (m.type === 'progress') {
            last = m.progress;
            emit('running', null);
          } else if (m.type === 'done') {
            last = { ...(last ?? { importId: m.summary.id, bytesRead: m.summary.size, bytesTotal: m.summary.size, rowsPerSecond: 0 }), rowsRead: m.summary.counts.read, rejected: m.summary.counts.rejected };
            emit('completed', null);
            settled = true;
            runningId = null;
            ended();
            settle.resolve(m.summary);
          } else {
            const error = new AssayError(m.code, m.message);
            if (importId === null) rejectStarted(error);
            else emit(m.code === 'cancelled' ? 'cancelled' : 'failed', m.message);
            settled = true;
            runningId = null;
            ended();
            settle.reject(error);
          }
        },
        error(e) {
          const name = path.basename(request.file);
          lost =
            e.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new AssayError('too_large', `The import of ${name} needed more than the ${heapLimitMb.toLocaleString('en-US')} MB of memory an import may use, and was stopped; nothing from it was kept.`)
              : new AssayError('internal', `The import of ${name} stopped unexpectedly (${e.message}); nothing from it was kept.`);
        },
        // After the thread has ended, its connection is closed and its transaction rolled back: only then is an
        // import it left unfinished recorded as failed, and the caller told.
        exit() {
          runningId = null;
          ended();
          if (importId === null) {
            rejectStarted(lost ?? new AssayError('internal', 'The import worker ended before the import started.'));
            return;
          }
          if (settled) return;
          const error = lost ?? new AssayError('internal', `The import of ${path.basename(request.file)} ended before it finished; nothing from it was kept.`);
          options.onLost(importId, error.message);
          emit('failed', error.message);
          settle.reject(error);
        },
      });
    });
  };

  return {
    start(request) {
      const started = tail.then(() => launch(request));
      tail = started.then(
        ({ finished }) => finished.catch(() => {}),
        () => {},
      );
      return started;
    },
    cancel(importId) {
      if (runningId !== importId) return false;
      thread.tell({ type: 'cancel' });
      return true;
    },
    async stopAll() {
      stopping = true;
      thread.tell({ type: 'cancel' });
      await current;
      await thread.close();
    },
  };
}

/** The import jobs of one open workspace: an import whose worker is lost is recorded as failed in it. */
export function workspaceImportJobs(ws: Workspace, options: Pick<ImportJobsOptions, 'workerScript' | 'events' | 'nativeBinding'>): ImportJobs {
  return createImportJobs({ ...options, dbPath: ws.dbPath, onLost: (importId, reason) => failRunningImport(ws.db, importId, reason, new Date().toISOString()) });
}

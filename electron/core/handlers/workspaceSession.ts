// The open workspace of a running workstation (the desktop app, `assay serve`) with its handlers, import jobs and
// backup loop, behind one stable `handlers` object whose methods look up the current handlers at call time. That
// lets a restore replace the workspace while the transports keep their reference: the session refuses while work
// is running, holds new calls until the swap is done, closes, swaps, reopens and rebuilds, then says so by event.
import type { EventSink, Handlers, OperationName } from '../../api/contract';
import { operationNames } from '../../api/contract';
import type { BackupRestored } from '../../api/backupContract';
import { swapInRestore, type RestoreOptions, type StagedRestore } from '../backup/restoreBackup';
import { listImports } from '../db/importsRepository';
import { openWorkspace, type Workspace } from '../db/openWorkspace';
import { AssayError } from '../errors';
import { createHandlers, type HandlerEnvironment, type WorkspaceHandlers } from './createHandlers';

export interface WorkspaceSession {
  /** Stable for the session's life: each method runs the current workspace's handler. */
  readonly handlers: Handlers;
  /** The workspace open now. */
  workspace(): Workspace;
  busyReason(): string | null;
  /** Swaps a staged, checked backup in place of the open workspace; `options.rename` lets a test make a move fail. */
  replaceWith(staged: StagedRestore, options?: Pick<RestoreOptions, 'rename' | 'now'>): Promise<BackupRestored>;
  lastRestore(): BackupRestored | null;
  /** Stops the backup loop and the imports, and closes the workspace; resolves once the import workers have ended. */
  close(): Promise<void>;
}

/** What each long operation is called in the sentence that refuses a restore while it runs. */
const WORK_NAMES: Partial<Record<OperationName, string>> = {
  'imports.start': 'an import',
  'imports.preview': 'an import preview',
  'imports.undo': 'undoing an import',
  'scoring.run': 'scoring',
  'packets.export': 'a packet export',
  'packets.preview': 'a packet preview',
  'backup.now': 'a backup',
  'backup.verify': 'a backup check',
  'workspace.verify': 'a workspace verification',
  'dashboard.reportPdf': 'a dashboard report',
  'seizures.report': 'a seizure report',
};

export function openWorkspaceSession(ws: Workspace, events: EventSink, env: HandlerEnvironment): WorkspaceSession {
  let workspace = ws;
  let built: WorkspaceHandlers | null = null;
  /** Set while the workspace is being replaced; calls made meanwhile wait for it, then reach the new workspace. */
  let swapping: Promise<void> | null = null;
  let last: BackupRestored | null = null;
  let broken: string | null = null;
  const inFlight = new Map<OperationName, number>();

  const track = (op: OperationName, delta: number) => {
    const n = (inFlight.get(op) ?? 0) + delta;
    if (n === 0) inFlight.delete(op);
    else inFlight.set(op, n);
  };

  const call = (op: OperationName, input: unknown): unknown => {
    if (swapping) return swapping.then(() => call(op, input));
    if (!built) throw new AssayError('workspace_missing', broken ?? 'No workspace is open.');
    const handler = built.handlers[op] as (input: unknown) => unknown;
    track(op, 1);
    let result: unknown;
    try {
      result = handler(input);
    } catch (e) {
      track(op, -1);
      throw e;
    }
    if (result instanceof Promise) return result.finally(() => track(op, -1));
    track(op, -1);
    return result;
  };

  const handlers = Object.fromEntries(operationNames.map((op) => [op, (input: unknown) => call(op, input)])) as unknown as Handlers;

  const busyReason = (): string | null => {
    if (swapping) return 'A restore is already under way; wait for it to finish.';
    if ((inFlight.get('backup.restore') ?? 0) > 1) return 'Another restore is already under way; wait for it to finish.';
    for (const op of inFlight.keys()) {
      if (op === 'backup.restore') continue;
      return `Assay cannot restore while ${WORK_NAMES[op] ?? `another request (${op})`} is running; wait for it to finish, then restore.`;
    }
    // An import runs in a worker after imports.start has answered, or in another process (`assay import`).
    if (built && listImports(workspace.db).some((i) => i.status === 'running')) return 'Assay cannot restore while an import is running; wait for it to finish or cancel it, then restore.';
    return null;
  };

  const build = () => {
    built = createHandlers(workspace, events, { ...env, replacement: { busyReason, replaceWith, lastRestore: () => last } });
  };

  const reopen = () => {
    workspace = openWorkspace(workspace.dbPath, { mode: 'open', ...(env.nativeBinding ? { nativeBinding: env.nativeBinding } : {}) });
    build();
  };

  const shutDown = async (current: WorkspaceHandlers) => {
    current.backups.stop();
    await current.backups.whenIdle();
    await current.jobs.stopAll();
    workspace.close();
  };

  async function replaceWith(staged: StagedRestore, options: Pick<RestoreOptions, 'rename' | 'now'> = {}): Promise<BackupRestored> {
    const busy = busyReason();
    if (busy) throw new AssayError('forbidden', busy);
    if (!built) throw new AssayError('workspace_missing', broken ?? 'No workspace is open.');
    if (staged.target !== workspace.dbPath) throw new AssayError('internal', `The staged backup is for ${staged.target}, not the open workspace ${workspace.dbPath}.`);
    const current = built;
    let release!: () => void;
    swapping = new Promise((resolve) => (release = resolve));
    built = null;
    try {
      await shutDown(current);
      let swapError: unknown = null;
      let summary = null;
      try {
        summary = swapInRestore(staged, options);
      } catch (e) {
        swapError = e;
      }
      // Reopen what is in place now: the restored workspace, or the original the failed swap put back.
      try {
        reopen();
      } catch (e) {
        broken = `The workspace at ${workspace.dbPath} could not be reopened after the restore (${(e as Error).message}); restart Assay.`;
        throw new AssayError('workspace_invalid', broken, { cause: e });
      }
      if (swapError || !summary) throw swapError;
      last = { ...summary, restoredAt: (options.now ?? new Date()).toISOString() };
      events.emit('workspace.replaced', { dbPath: summary.dbPath, file: summary.file, backupCreatedAt: summary.backupCreatedAt, previousKeptAt: summary.previousKeptAt });
      return last;
    } finally {
      swapping = null;
      release();
    }
  }

  build();
  return {
    handlers,
    workspace: () => workspace,
    busyReason,
    replaceWith,
    lastRestore: () => last,
    // The database closes at once (the app may be quitting); the import workers roll back and end after.
    close: () => {
      if (!built) return Promise.resolve();
      const current = built;
      built = null;
      current.backups.stop();
      const stopping = current.jobs.stopAll();
      workspace.close();
      return stopping;
    },
  };
}

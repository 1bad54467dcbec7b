// The Node side's implementation of the contract over one open workspace, one file per domain.
// Transports (Electron IPC, the web host) call it through dispatch().
import type { EventSink, Handlers } from '../../api/contract';
import { startAutomaticBackups, type AutomaticBackups } from '../backup/automaticBackups';
import { recoverInterruptedImports } from '../db/importsRepository';
import type { Workspace } from '../db/openWorkspace';
import { workspaceImportJobs, type ImportJobs } from '../imports/importJobs';
import { isProcessAlive } from '../imports/processAlive';
import { backupHandlers, type WorkspaceReplacement } from './backupHandlers';
import { caseArchiveHandlers } from './caseArchiveHandlers';
import { caseHandlers } from './caseHandlers';
import { catalogHandlers } from './catalogHandlers';
import { dashboardHandlers } from './dashboardHandlers';
import { imageHandlers } from './imageHandlers';
import { importHandlers } from './importHandlers';
import { packetHandlers } from './packetHandlers';
import { reviewHandlers } from './reviewHandlers';
import { scoringHandlers } from './scoringHandlers';
import { seizureHandlers } from './seizureHandlers';

export interface HandlerEnvironment {
  /** The bundled import worker (dist/electron/importWorker.cjs), beside the adapter's own bundle. */
  importWorkerScript: string;
  nativeBinding?: string;
  /** Where background work (automatic backups) reports a failure; stderr by default. */
  report?: (message: string) => void;
  /** The workspace session, which lets backup.restore replace the open workspace; absent, restoring is refused. */
  replacement?: WorkspaceReplacement;
}

export interface WorkspaceHandlers {
  handlers: Handlers;
  jobs: ImportJobs;
  /** The automatic backup loop; adapters stop it when the workspace closes. */
  backups: AutomaticBackups;
}

export function createHandlers(ws: Workspace, events: EventSink, env: HandlerEnvironment): WorkspaceHandlers {
  recoverInterruptedImports(ws.db, isProcessAlive, new Date().toISOString());
  const jobs = workspaceImportJobs(ws, { workerScript: env.importWorkerScript, events, ...(env.nativeBinding ? { nativeBinding: env.nativeBinding } : {}) });
  const backups = startAutomaticBackups(ws, env.report ?? ((message) => void process.stderr.write(`${message}\n`)));
  return { handlers: { ...catalogHandlers(ws, events), ...importHandlers(ws, jobs), ...packetHandlers(ws, events, env), ...backupHandlers(ws, backups, events, env), ...caseArchiveHandlers(ws), ...caseHandlers(ws), ...reviewHandlers(ws), ...scoringHandlers(ws, events, env), ...dashboardHandlers(ws), ...imageHandlers(ws), ...seizureHandlers(ws) }, jobs, backups };
}

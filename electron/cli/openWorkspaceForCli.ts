// Opens an existing workspace for a command, warning on stderr when SQLite's quick_check found damage,
// and marking imports whose process died as failed.
import { recoverInterruptedImports } from '../core/db/importsRepository';
import { openWorkspace, type Workspace } from '../core/db/openWorkspace';
import { isProcessAlive } from '../core/imports/processAlive';
import type { CliIo } from './io';

export function openWorkspaceForCli(dbPath: string, io: CliIo): Workspace {
  const ws = openWorkspace(dbPath, { mode: 'open' });
  if (ws.integrityProblems.length) {
    const more = ws.integrityProblems.length - 1;
    io.stderr(`warning: ${ws.dbPath} failed SQLite's integrity check ("${ws.integrityProblems[0]}"${more > 0 ? ` and ${more} more problem${more === 1 ? '' : 's'}` : ''}). Restore it from a backup.\n`);
  }
  // An import killed with its process left a 'running' record; say what became of it.
  recoverInterruptedImports(ws.db, isProcessAlive, new Date().toISOString());
  return ws;
}

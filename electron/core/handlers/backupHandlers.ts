// Settings → Backup: the schedule, the backups made so far, "Back up now", a check of any backup archive, and
// restoring one in a single action: every check runs while the workspace keeps serving, and only then does the
// workspace session close it, swap the restored one in, and reopen.
import type { EventSink, Handlers } from '../../api/contract';
import type { BackupRestored } from '../../api/backupContract';
import type { AutomaticBackups } from '../backup/automaticBackups';
import { backupFolder, lastBackupAt, listBackups, readBackupSchedule, saveBackupSchedule } from '../backup/backupSchedule';
import { inspectBackup } from '../backup/inspectBackup';
import { stageRestore, type StagedRestore } from '../backup/restoreBackup';
import type { Workspace } from '../db/openWorkspace';
import { AssayError } from '../errors';

type BackupHandlers = Pick<Handlers, 'backup.status' | 'backup.saveSchedule' | 'backup.now' | 'backup.verify' | 'backup.restore'>;

/** What restoring needs from whoever holds the open workspace (the workspace session). */
export interface WorkspaceReplacement {
  /** A sentence saying why the workspace cannot be replaced now (work is running), or null. */
  busyReason(): string | null;
  /** Closes the workspace, swaps the staged backup in, reopens, and rebuilds the handlers. */
  replaceWith(staged: StagedRestore): Promise<BackupRestored>;
  lastRestore(): BackupRestored | null;
}

export interface BackupEnvironment {
  nativeBinding?: string;
  replacement?: WorkspaceReplacement;
}

export function backupHandlers(ws: Workspace, backups: AutomaticBackups, events?: EventSink, env: BackupEnvironment = {}): BackupHandlers {
  const status = () => {
    const schedule = readBackupSchedule(ws.db);
    const folder = backupFolder(ws, schedule);
    return { schedule, folder, lastBackupAt: lastBackupAt(ws.db), backups: listBackups(folder), lastRestore: env.replacement?.lastRestore() ?? null };
  };
  return {
    'backup.status': status,
    'backup.saveSchedule': (schedule) => {
      saveBackupSchedule(ws.db, schedule);
      return status();
    },
    'backup.now': async () => {
      const s = await backups.backUpNow();
      return { file: s.file, bytes: s.bytes, createdAt: s.createdAt, evidenceFiles: s.evidenceFiles, custodyEvents: s.custodyEvents, seconds: s.seconds };
    },
    'backup.verify': async ({ file }) => {
      const manifest = await inspectBackup(file);
      return { file, createdAt: manifest.created_at, evidenceFiles: manifest.files.length - 1, custodyEvents: manifest.custody_events };
    },
    'backup.restore': async ({ file }) => {
      const { replacement } = env;
      if (!replacement) throw new AssayError('forbidden', 'Restoring needs the running app or `assay serve`; otherwise close Assay and run `assay restore`.');
      const busy = replacement.busyReason();
      if (busy) throw new AssayError('forbidden', busy);
      const staged = await stageRestore(file, ws.dbPath, {
        force: true,
        ...(env.nativeBinding ? { nativeBinding: env.nativeBinding } : {}),
        onProgress: (phase, done, total) => events?.emit('job.progress', { job: 'backup.restore', phase, done, total }),
      });
      try {
        return await replacement.replaceWith(staged);
      } finally {
        staged.discard();
      }
    },
  };
}

// Settings → Backup: the schedule, the backups made so far, "Back up now", and a check of any backup archive.
import type { Handlers } from '../../api/contract';
import type { AutomaticBackups } from '../backup/automaticBackups';
import { backupFolder, lastBackupAt, listBackups, readBackupSchedule, saveBackupSchedule } from '../backup/backupSchedule';
import { inspectBackup } from '../backup/inspectBackup';
import type { Workspace } from '../db/openWorkspace';

type BackupHandlers = Pick<Handlers, 'backup.status' | 'backup.saveSchedule' | 'backup.now' | 'backup.verify'>;

export function backupHandlers(ws: Workspace, backups: AutomaticBackups): BackupHandlers {
  const status = () => {
    const schedule = readBackupSchedule(ws.db);
    const folder = backupFolder(ws, schedule);
    return { schedule, folder, lastBackupAt: lastBackupAt(ws.db), backups: listBackups(folder) };
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
  };
}

// The contract's backup operations (Settings → Backup), spread into `operations` in contract.ts.
import { z } from 'zod';

import { empty, filePath, op } from './operationParts';

export interface BackupScheduleSettings {
  enabled: boolean;
  intervalHours: number;
  keep: number;
  /** Where automatic backups go; null for `backups/` beside the workspace. */
  folder: string | null;
}

export interface BackupListing {
  file: string;
  name: string;
  bytes: number;
  createdAt: string;
}

export interface BackupStatus {
  schedule: BackupScheduleSettings;
  /** The folder automatic backups go to, resolved. */
  folder: string;
  lastBackupAt: string | null;
  backups: BackupListing[];
  /** The restore this running workstation did last, shown after the app reloads onto the restored workspace. */
  lastRestore: BackupRestored | null;
}

export interface BackupMade {
  file: string;
  bytes: number;
  createdAt: string;
  evidenceFiles: number;
  custodyEvents: number;
  seconds: number;
}

export interface BackupCheck {
  file: string;
  createdAt: string;
  evidenceFiles: number;
  custodyEvents: number;
}

export interface BackupRestored {
  /** The archive restored. */
  file: string;
  dbPath: string;
  backupCreatedAt: string;
  evidenceFiles: number;
  custodyEvents: number;
  /** Where the workspace that was replaced is kept, or null when there was none. */
  previousKeptAt: string | null;
  restoredAt: string;
}

export const backupScheduleSchema = z.strictObject({
  enabled: z.boolean(),
  intervalHours: z.number().min(1).max(24 * 30),
  keep: z.number().int().min(1).max(365),
  folder: z.string().min(1).max(4096).nullable(),
});

export const backupOperations = {
  'backup.status': op<typeof empty, BackupStatus>(empty),
  'backup.saveSchedule': op<typeof backupScheduleSchema, BackupStatus>(backupScheduleSchema),
  'backup.now': op<typeof empty, BackupMade>(empty),
  'backup.verify': op<z.ZodObject<{ file: typeof filePath }>, BackupCheck>(z.strictObject({ file: filePath })),
  /** Checks a backup completely while the workspace keeps serving, then replaces the open workspace with it. */
  'backup.restore': op<z.ZodObject<{ file: typeof filePath }>, BackupRestored>(z.strictObject({ file: filePath })),
};

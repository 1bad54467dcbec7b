// The automatic backup loop of a running workstation (the desktop app and `assay serve`): every few minutes it
// asks whether a backup is due under the workspace's schedule and, if so, writes one and prunes the oldest.
// One runs at a time; a failure is reported, not thrown, and tried again at the next tick.
import fs from 'node:fs';
import path from 'node:path';

import type { Workspace } from '../db/openWorkspace';
import { backupFileName, backupFolder, isBackupDue, lastBackupAt, pruneBackups, readBackupSchedule, recordBackupAt } from './backupSchedule';
import { writeBackup, type BackupSummary } from './writeBackup';

export interface AutomaticBackups {
  /** Makes a backup into the schedule's folder now (the "Back up now" button), then prunes. */
  backUpNow(now?: Date): Promise<BackupSummary>;
  /** Runs one check of the schedule; resolves to the backup made, or null. */
  tick(now?: Date): Promise<BackupSummary | null>;
  stop(): void;
  /** Resolves once no backup is being written (a failed one counts as finished). */
  whenIdle(): Promise<void>;
}

export function startAutomaticBackups(ws: Workspace, report: (message: string) => void, everyMs = 5 * 60_000): AutomaticBackups {
  let running: Promise<BackupSummary> | null = null;

  const backUpNow = (now = new Date()): Promise<BackupSummary> => {
    if (running) return running;
    const schedule = readBackupSchedule(ws.db);
    const folder = backupFolder(ws, schedule);
    running = (async () => {
      fs.mkdirSync(folder, { recursive: true });
      const summary = await writeBackup(ws, path.join(folder, backupFileName(now)), { now });
      recordBackupAt(ws.db, summary.createdAt);
      pruneBackups(folder, schedule.keep);
      return summary;
    })().finally(() => {
      running = null;
    });
    return running;
  };

  let stopped = false;
  const tick = async (now = new Date()): Promise<BackupSummary | null> => {
    if (running || !isBackupDue(readBackupSchedule(ws.db), lastBackupAt(ws.db), now)) return null;
    try {
      return await backUpNow(now);
    } catch (e) {
      // Closing the workspace cuts a backup under way short; its work folder is removed, so nothing partial stays.
      report(stopped ? 'The automatic backup under way was abandoned because the workspace closed; no partial backup was kept.' : `Automatic backup failed: ${(e as Error).message}`);
      return null;
    }
  };

  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  const whenIdle = async (): Promise<void> => {
    await running?.catch(() => {});
  };
  const stop = (): void => {
    stopped = true;
    clearInterval(timer);
  };
  return { backUpNow, tick, stop, whenIdle };
}

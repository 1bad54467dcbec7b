// Automatic backups: how often and how many to keep (kept in the workspace's meta table), where they go
// (`backups/` beside the workspace unless a folder is set), whether one is due, and pruning the oldest.
import fs from 'node:fs';
import path from 'node:path';

import type Database from 'better-sqlite3';

import { metaValue } from '../db/catalogRepository';
import { setMeta } from '../db/seedRepository';
import type { Workspace } from '../db/openWorkspace';
import { AssayError } from '../errors';

export interface BackupSchedule {
  enabled: boolean;
  intervalHours: number;
  keep: number;
  /** Where automatic backups go; null for `backups/` beside the workspace. */
  folder: string | null;
}

export interface BackupFileInfo {
  file: string;
  name: string;
  bytes: number;
  createdAt: string;
}

export const DEFAULT_BACKUP_SCHEDULE: BackupSchedule = { enabled: true, intervalHours: 24, keep: 7, folder: null };
const SCHEDULE_KEY = 'backup.schedule';
const LAST_KEY = 'backup.last_at';
const NAME = /^assay-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:-\d{3})?Z)\.zip$/;

export function readBackupSchedule(db: Database.Database): BackupSchedule {
  const text = metaValue(db, SCHEDULE_KEY);
  if (!text) return { ...DEFAULT_BACKUP_SCHEDULE };
  try {
    return { ...DEFAULT_BACKUP_SCHEDULE, ...(JSON.parse(text) as Partial<BackupSchedule>) };
  } catch {
    return { ...DEFAULT_BACKUP_SCHEDULE };
  }
}

export function saveBackupSchedule(db: Database.Database, schedule: BackupSchedule): BackupSchedule {
  if (!Number.isFinite(schedule.intervalHours) || schedule.intervalHours < 1 || schedule.intervalHours > 24 * 30) throw new AssayError('invalid_input', 'The backup interval must be from 1 hour to 30 days.');
  if (!Number.isInteger(schedule.keep) || schedule.keep < 1 || schedule.keep > 365) throw new AssayError('invalid_input', 'The number of backups to keep must be a whole number from 1 to 365.');
  if (schedule.folder !== null && !path.isAbsolute(schedule.folder)) throw new AssayError('invalid_input', `The backup folder must be a full path, not "${schedule.folder}".`);
  setMeta(db, SCHEDULE_KEY, JSON.stringify(schedule));
  return schedule;
}

export const lastBackupAt = (db: Database.Database): string | null => metaValue(db, LAST_KEY);
export const recordBackupAt = (db: Database.Database, at: string): void => setMeta(db, LAST_KEY, at);

export const backupFolder = (ws: Workspace, schedule: BackupSchedule): string => schedule.folder ?? path.join(ws.dir, 'backups');

/** The file name of a backup made at `at`, which sorts by time and which `listBackups` recognises. */
export const backupFileName = (at: Date): string => `assay-backup-${at.toISOString().replace(/[:.]/g, '-')}.zip`;

export function isBackupDue(schedule: BackupSchedule, lastAt: string | null, now: Date): boolean {
  if (!schedule.enabled) return false;
  if (lastAt === null) return true;
  const last = Date.parse(lastAt);
  return Number.isNaN(last) || now.getTime() - last >= schedule.intervalHours * 3_600_000;
}

/** The backups in a folder made by Assay's own naming, newest first. */
export function listBackups(folder: string): BackupFileInfo[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map(({ name, m }) => {
      const file = path.join(folder, name);
      const stamp = m[1]!.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z$/, (_, d: string, mi: string, s: string, ms?: string) => `${d}:${mi}:${s}${ms ? `.${ms}` : ''}Z`);
      return { file, name, bytes: fs.statSync(file).size, createdAt: new Date(stamp).toISOString() };
    })
    .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Deletes the oldest automatic backups beyond `keep`; returns the files removed. */
export function pruneBackups(folder: string, keep: number): string[] {
  const removed = listBackups(folder).slice(keep).map((b) => b.file);
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

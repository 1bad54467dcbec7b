import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { startAutomaticBackups } from '../../electron/core/backup/automaticBackups';
import { backupFileName, isBackupDue, listBackups, pruneBackups, readBackupSchedule, saveBackupSchedule, DEFAULT_BACKUP_SCHEDULE } from '../../electron/core/backup/backupSchedule';
import { inspectBackup } from '../../electron/core/backup/inspectBackup';
import { newWorkspace, tempDir } from '../support/tempWorkspace';

describe('backup schedule', () => {
  it('is due when there has been no backup, or the interval has passed, and never when switched off', () => {
    const s = { ...DEFAULT_BACKUP_SCHEDULE, intervalHours: 24 };
    const now = new Date('2026-11-25T12:00:00Z');
    expect(isBackupDue(s, null, now)).toBe(true);
    expect(isBackupDue(s, '2026-11-24T12:00:01Z', now)).toBe(false);
    expect(isBackupDue(s, '2026-11-24T12:00:00Z', now)).toBe(true);
    expect(isBackupDue({ ...s, enabled: false }, null, now)).toBe(false);
  });

  it('lists backups newest first by their names, and prunes the oldest beyond the number kept', () => {
    const dir = tempDir();
    const times = ['2026-11-20T01:00:00Z', '2026-11-22T01:00:00Z', '2026-11-21T01:00:00Z'];
    for (const t of times) fs.writeFileSync(path.join(dir, backupFileName(new Date(t))), 'x');
    fs.writeFileSync(path.join(dir, 'my-notes.zip'), 'not ours');
    expect(listBackups(dir).map((b) => b.createdAt)).toEqual(['2026-11-22T01:00:00.000Z', '2026-11-21T01:00:00.000Z', '2026-11-20T01:00:00.000Z']);
    expect(pruneBackups(dir, 2).map((f) => path.basename(f))).toEqual([backupFileName(new Date(times[0]!))]);
    expect(fs.readdirSync(dir).sort()).toEqual([backupFileName(new Date(times[2]!)), backupFileName(new Date(times[1]!)), 'my-notes.zip'].sort());
  });

  it('keeps its settings in the workspace and refuses nonsense, naming the setting', () => {
    const ws = newWorkspace();
    expect(readBackupSchedule(ws.db)).toEqual(DEFAULT_BACKUP_SCHEDULE);
    saveBackupSchedule(ws.db, { enabled: true, intervalHours: 6, keep: 3, folder: null });
    expect(readBackupSchedule(ws.db)).toMatchObject({ intervalHours: 6, keep: 3 });
    expect(() => saveBackupSchedule(ws.db, { enabled: true, intervalHours: 0, keep: 3, folder: null })).toThrow(/backup interval/);
    expect(() => saveBackupSchedule(ws.db, { enabled: true, intervalHours: 6, keep: 0, folder: null })).toThrow(/number of backups to keep/);
    expect(() => saveBackupSchedule(ws.db, { enabled: true, intervalHours: 6, keep: 3, folder: 'relative/path' })).toThrow(/full path/);
    ws.close();
  });

  it('makes a verified backup when one is due, keeps only the newest, and does nothing when none is due', async () => {
    const ws = newWorkspace();
    saveBackupSchedule(ws.db, { enabled: true, intervalHours: 1, keep: 2, folder: null });
    const problems: string[] = [];
    const loop = startAutomaticBackups(ws, (m) => problems.push(m), 60_000);
    try {
      const made: string[] = [];
      for (const hour of ['10', '11', '12']) {
        const summary = await loop.tick(new Date(`2026-11-25T${hour}:00:00Z`));
        expect(summary).not.toBeNull();
        made.push(summary!.file);
      }
      expect(await loop.tick(new Date('2026-11-25T12:30:00Z'))).toBeNull();
      const folder = path.join(ws.dir, 'backups');
      expect(listBackups(folder).map((b) => b.file)).toEqual([made[2], made[1]]);
      await expect(inspectBackup(made[2]!)).resolves.toMatchObject({ format: 'assay-backup' });
      expect(problems).toEqual([]);
    } finally {
      loop.stop();
      ws.close();
    }
  });

  it('says a backup cut short by the workspace closing was abandoned, and leaves nothing partial behind', async () => {
    const ws = newWorkspace();
    saveBackupSchedule(ws.db, { enabled: true, intervalHours: 1, keep: 2, folder: null });
    const problems: string[] = [];
    const loop = startAutomaticBackups(ws, (m) => problems.push(m), 60_000);
    const under = loop.tick(new Date('2026-11-25T10:00:00Z'));
    loop.stop();
    ws.close();
    expect(await under).toBeNull();
    expect(problems).toEqual(['The automatic backup under way was abandoned because the workspace closed; no partial backup was kept.']);
    expect(fs.readdirSync(path.join(ws.dir, 'backups'))).toEqual([]);
  });
});

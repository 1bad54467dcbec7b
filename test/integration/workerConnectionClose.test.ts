// The scoring and packet threads close their workspace connection before they post 'done'. Whoever waits on
// that message may close the last other connection and exit; only the last connection to close checkpoints the
// write-ahead log into the database file and removes it, so the .db file alone is then the whole workspace.
// Each job here runs with no other connection open, and the log is checked the moment 'done' arrives.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/core/db/openWorkspace';
import { packetThread } from '../../electron/core/handlers/packetHandlers';
import { scoringThread } from '../../electron/core/handlers/scoringHandlers';
import type { JobMessage, JobThread } from '../../electron/core/workers/jobThread';
import { buildPacketFixture } from '../support/packetFixture';
import { importWorkerScript, runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

/** Runs one job and resolves with whether the write-ahead log existed when its last message arrived. */
function logLeftAtDone<Req, M extends JobMessage>(thread: JobThread<Req, M>, request: Req, dbPath: string): Promise<{ last: M; walLeft: boolean }> {
  return new Promise((resolve, reject) => {
    thread.run(request, {
      message(m) {
        if (m.type === 'done' || m.type === 'error') resolve({ last: m, walLeft: fs.existsSync(`${dbPath}-wal`) });
      },
      error: reject,
      exit: (code) => reject(new Error(`the thread exited (${code})`)),
    });
  });
}

describe('a worker thread says it is done only once its connection is closed', () => {
  it('the scoring thread', async () => {
    const dbPath = path.join(tempDir(), 'score.db');
    expect(runAssay(['demo', '--db', dbPath, '--listings', '3000', '--seed', '3']).code).toBe(0);
    // The thread is made as the handlers make it; their own connection is closed before the job starts.
    const ws = openWorkspace(dbPath, { mode: 'open' });
    const thread = scoringThread(ws, { importWorkerScript });
    ws.close();
    expect(fs.existsSync(`${dbPath}-wal`)).toBe(false);
    try {
      const { last, walLeft } = await logLeftAtDone(thread, { force: true }, dbPath);
      expect(last).toMatchObject({ type: 'done', summary: { scored: 3000 } });
      expect(walLeft).toBe(false);
    } finally {
      await thread.close();
    }
  }, 60_000);

  it('the packet thread', async () => {
    const f = await buildPacketFixture({ listings: 40 });
    const thread = packetThread(f.ws, { importWorkerScript });
    f.ws.close();
    try {
      const out = path.join(tempDir(), 'packet');
      const { last, walLeft } = await logLeftAtDone(thread, { caseId: f.caseId, profile: 'alibaba', out, zip: false, force: false, time: '2026-12-07T10:00:00.000Z' }, f.ws.dbPath);
      expect(last).toMatchObject({ type: 'done' });
      expect(fs.existsSync(out)).toBe(true);
      expect(walLeft).toBe(false);
    } finally {
      await thread.close();
    }
  }, 60_000);
});

// The scoring and packet threads close their workspace connection before they post 'done'. Whoever waits on
// that message may close the last other connection and exit; only the last connection to close checkpoints the
// write-ahead log into the database file and removes it, so the .db file alone is then the whole workspace.
// Each job here runs with no other connection open, and the log is checked the moment 'done' arrives.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScoreWorkerMessage } from '../../electron/core/compare/scoreWorker';
import type { PacketWorkerMessage, PacketWorkerRequest } from '../../electron/core/packets/packetWorker';
import { sharedPacketFontBytes } from '../../electron/core/packets/pdfFonts';
import { JobThread, type JobMessage } from '../../electron/core/workers/jobThread';
import { buildPacketFixture } from '../support/packetFixture';
import { importWorkerScript, runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

const built = path.dirname(importWorkerScript);

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
    expect(fs.existsSync(`${dbPath}-wal`)).toBe(false);
    const thread = new JobThread<{ force: boolean }, ScoreWorkerMessage>({
      script: path.join(built, 'scoreWorker.cjs'),
      workerData: { dbPath, batchScoreWorkerScript: path.join(built, 'batchScoreWorker.cjs') },
    });
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
    f.ws.close();
    const thread = new JobThread<PacketWorkerRequest, PacketWorkerMessage>({ script: path.join(built, 'packetWorker.cjs'), workerData: { dbPath: f.ws.dbPath, fonts: sharedPacketFontBytes() } });
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

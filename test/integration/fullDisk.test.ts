// A full disk or a read-only drive in the middle of real work: a clear sentence, and nothing half-written.
// The disk is a size-limited tmpfs (test/support/smallDisk.ts); where the machine cannot mount one, these skip.
import fs from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { openWorkspace, integrityProblems } from '../../electron/core/db/openWorkspace';
import { packetHandlers } from '../../electron/core/handlers/packetHandlers';
import { importWorkerScript, runAssay } from '../support/runAssay';
import { mountSmallDisk, smallDiskSupported, type SmallDisk } from '../support/smallDisk';
import { tempDir } from '../support/tempWorkspace';

let disk: SmallDisk | null = null;
afterEach(() => {
  disk?.remove();
  disk = null;
});

function bigListingFile(rows: number): string {
  const file = path.join(tempDir(), 'listings.csv');
  const lines = ['marketplace,listing_id,title,description,price,currency,seller_name'];
  for (let i = 0; i < rows; i += 1) lines.push(`ebay,X${i},Corvanne leather tote ${i},${'a long description '.repeat(12)},12.50,USD,seller${i % 300}`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function demoWorkspace(): string {
  const dbPath = path.join(tempDir(), 'assay.db');
  expect(runAssay(['demo', '--db', dbPath, '--listings', '200']).code).toBe(0);
  return dbPath;
}

const listingCount = (dbPath: string) => {
  const ws = openWorkspace(dbPath);
  try {
    expect(integrityProblems(ws.db, 'full')).toEqual([]);
    return ws.db.prepare('SELECT count(*) FROM listing').pluck().get() as number;
  } finally {
    ws.close();
  }
};

/** What a failed packet export must leave as it was: no packet recorded, the custody log unchanged and intact. */
const packetRecords = (dbPath: string) => {
  const ws = openWorkspace(dbPath);
  try {
    return { packets: ws.db.prepare('SELECT count(*) FROM packet').pluck().get(), custodyEvents: ws.db.prepare('SELECT count(*) FROM custody_event').pluck().get() };
  } finally {
    ws.close();
  }
};

const exportPacketTo = (dbPath: string, out: string, zip: boolean) => runAssay(['packet', 'export', '--db', dbPath, '--case', '1', '--profile', 'dmca', '--out', out, ...(zip ? ['--zip'] : [])]);

function expectWorkspaceUntouched(dbPath: string, before: ReturnType<typeof packetRecords>): void {
  expect(packetRecords(dbPath)).toEqual(before);
  const verified = runAssay(['verify', '--db', dbPath]);
  expect(verified.code, verified.stdout + verified.stderr).toBe(0);
  expect(verified.stdout).toContain('chain intact');
}

describe.skipIf(!smallDiskSupported)('a full disk', () => {
  it('stops an import with a clear sentence and leaves the workspace as it was', () => {
    const source = demoWorkspace();
    disk = mountSmallDisk(1.6 * 1024 * 1024);
    const dbPath = path.join(disk.dir, 'assay.db');
    fs.copyFileSync(source, dbPath);
    const result = runAssay(['import', bigListingFile(40_000), '--db', dbPath]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('assay: The import of listings.csv stopped because the disk is full. Nothing was half-written: the workspace is as it was before. Free some space and try again.\n');
    expect(listingCount(dbPath)).toBe(200);
  });

  it('stops a backup with a clear sentence and leaves no partial archive', () => {
    const dbPath = demoWorkspace();
    disk = mountSmallDisk(256 * 1024);
    const result = runAssay(['backup', '--db', dbPath, '--out', path.join(disk.dir, 'backup.zip')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stopped because the disk is full');
    expect(fs.readdirSync(disk.dir)).toEqual([]);
  });

  it('stops a packet export, as a folder and as a ZIP, naming the packet, and leaves nothing half-written', () => {
    const dbPath = demoWorkspace();
    const before = packetRecords(dbPath);
    // The dmca packet of the demo's first case is about 100 KB as a folder and 64 KB as a ZIP.
    disk = mountSmallDisk(32 * 1024);
    for (const zip of [false, true]) {
      const out = path.join(disk.dir, zip ? 'packet.zip' : 'packet');
      const result = exportPacketTo(dbPath, out, zip);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`assay: The packet export to ${out} stopped because the disk is full. Nothing was half-written: the workspace is as it was before. Free some space and try again.\n`);
      expect(fs.readdirSync(disk.dir)).toEqual([]);
    }
    expectWorkspaceUntouched(dbPath, before);
  });

  it('stops a packet export started in the app (in its worker) with the same sentence', async () => {
    const dbPath = demoWorkspace();
    const before = packetRecords(dbPath);
    disk = mountSmallDisk(32 * 1024);
    const out = path.join(disk.dir, 'packet.zip');
    const ws = openWorkspace(dbPath);
    try {
      const h = packetHandlers(ws, { emit: () => {} }, { importWorkerScript });
      await expect(h['packets.export']({ caseId: 1, profile: 'dmca', zip: true, out, force: false })).rejects.toMatchObject({
        code: 'io_error',
        message: `The packet export to ${out} stopped because the disk is full. Nothing was half-written: the workspace is as it was before. Free some space and try again.`,
      });
    } finally {
      ws.close();
    }
    expect(fs.readdirSync(disk.dir)).toEqual([]);
    expectWorkspaceUntouched(dbPath, before);
  });
});

describe.skipIf(!smallDiskSupported)('a read-only drive', () => {
  it('refuses an import into a workspace on it, naming the file, and changes nothing', () => {
    const source = demoWorkspace();
    disk = mountSmallDisk(8 * 1024 * 1024);
    const dbPath = path.join(disk.dir, 'assay.db');
    fs.copyFileSync(source, dbPath);
    const before = fs.readFileSync(dbPath);
    disk.makeReadOnly();
    const result = runAssay(['import', bigListingFile(100), '--db', dbPath]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/read-only/);
    expect(result.stderr).toContain(dbPath);
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('refuses a backup onto it with a clear sentence', () => {
    const dbPath = demoWorkspace();
    disk = mountSmallDisk(1024 * 1024);
    disk.makeReadOnly();
    const result = runAssay(['backup', '--db', dbPath, '--out', path.join(disk.dir, 'backup.zip')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/read-only/);
  });

  it('refuses a packet export onto it, naming the packet, and records nothing', () => {
    const dbPath = demoWorkspace();
    const before = packetRecords(dbPath);
    disk = mountSmallDisk(1024 * 1024);
    disk.makeReadOnly();
    for (const zip of [false, true]) {
      const out = path.join(disk.dir, zip ? 'packet.zip' : 'packet');
      const result = exportPacketTo(dbPath, out, zip);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`assay: The packet export to ${out} stopped because the workspace or its folder is read-only. Nothing was changed. Move it to a writable folder, or check its permissions.\n`);
    }
    expect(fs.readdirSync(disk.dir)).toEqual([]);
    expectWorkspaceUntouched(dbPath, before);
  });
});

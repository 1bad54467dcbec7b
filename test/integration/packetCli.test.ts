// `assay packet export` and `assay verify PACKET` run as a person would: the exported folder and ZIP verify,
// and one changed byte of a file, one changed line of SHA256SUMS or a changed signature each fail, naming the file.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAssay } from '../support/runAssay';
import { buildPacketFixture, type PacketFixture } from '../support/packetFixture';
import { tempDir } from '../support/tempWorkspace';

const TIME = '2026-03-01T09:30:00Z';
let f: PacketFixture;

beforeAll(async () => {
  f = await buildPacketFixture();
  f.ws.close();
});

function exportTo(out: string, extra: string[] = []) {
  return runAssay(['packet', 'export', '--db', f.dbPath, '--case', String(f.caseId), '--profile', 'alibaba', '--out', out, '--time', TIME, ...extra]);
}

function copyFolder(from: string): string {
  const to = path.join(tempDir(), 'copy');
  fs.cpSync(from, to, { recursive: true });
  return to;
}

const flipByte = (file: string, at: number) => {
  const b = fs.readFileSync(file);
  b[at] = b[at]! ^ 0x01;
  fs.writeFileSync(file, b);
};

describe('assay packet export and assay verify PACKET', () => {
  let folder: string;
  beforeAll(() => {
    folder = path.join(tempDir(), 'packet');
    const r = exportTo(folder);
    expect(r.code, r.stderr).toBe(0);
  });

  it('exports a folder and verifies it', () => {
    const v = runAssay(['verify', folder]);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/^ok {6}.*files match manifest.json and SHA256SUMS/);
  });

  it('refuses an output folder that exists without --force, and replaces it with --force', () => {
    const again = exportTo(folder);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`assay: ${folder} already exists. Choose another --out, or add --force to replace it.\n`);
    expect(exportTo(folder, ['--force']).code).toBe(0);
  });

  it('catches one changed byte of an evidence file, naming it', () => {
    const copy = copyFolder(folder);
    const evidence = fs.readdirSync(path.join(copy, 'evidence')).sort()[1]!;
    flipByte(path.join(copy, 'evidence', evidence), 200);
    const v = runAssay(['verify', copy]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(`FAILED  evidence/${evidence}: its SHA-256 is`);
    expect(v.stderr).toContain(`failed verification at evidence/${evidence}`);
  });

  it('catches a changed line of SHA256SUMS', () => {
    const copy = copyFolder(folder);
    const sums = fs.readFileSync(path.join(copy, 'SHA256SUMS'), 'utf8').split('\n');
    sums[2] = sums[2]!.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    fs.writeFileSync(path.join(copy, 'SHA256SUMS'), sums.join('\n'));
    const v = runAssay(['verify', copy]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('FAILED  SHA256SUMS: line 3 gives a SHA-256 for');
  });

  it('catches a changed signature, and a manifest edited to match a changed file', () => {
    const copy = copyFolder(folder);
    const sig = Buffer.from(fs.readFileSync(path.join(copy, 'manifest.sig'), 'utf8').trim(), 'base64');
    sig[5] = sig[5]! ^ 0x80;
    fs.writeFileSync(path.join(copy, 'manifest.sig'), `${sig.toString('base64')}\n`);
    const v = runAssay(['verify', copy]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('FAILED  manifest.sig: the signature does not match manifest.json');

    const other = copyFolder(folder);
    const manifest = fs.readFileSync(path.join(other, 'manifest.json'), 'utf8');
    fs.writeFileSync(path.join(other, 'manifest.json'), manifest.replace('"Aurelle replicas"', '"Aurelle replicaz"'));
    expect(runAssay(['verify', other]).stdout).toContain('FAILED  manifest.sig:');
  });

  it('catches a file added to the packet', () => {
    const copy = copyFolder(folder);
    fs.writeFileSync(path.join(copy, 'evidence', 'extra.jpg'), 'x');
    const v = runAssay(['verify', copy]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('FAILED  evidence/extra.jpg: is in the packet but not in the manifest.');
  });

  it('exports a ZIP, verifies it, and catches a changed byte inside it', () => {
    const zip = path.join(tempDir(), 'packet.zip');
    const r = exportTo(zip, ['--zip', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ out: zip, zip: true, profile: 'alibaba', createdAt: '2026-03-01T09:30:00.000Z' });
    expect(runAssay(['verify', zip]).code).toBe(0);
    // Evidence is stored uncompressed: find the image's bytes in the ZIP and change one.
    const bytes = fs.readFileSync(zip);
    const name = Buffer.from('evidence/3-listing-1001-0.jpg');
    const local = bytes.indexOf(name);
    bytes[local + name.length + 400] = bytes[local + name.length + 400]! ^ 0x01;
    const bad = path.join(tempDir(), 'bad.zip');
    fs.writeFileSync(bad, bytes);
    const v = runAssay(['verify', bad, '--json']);
    expect(v.code).toBe(1);
    expect(JSON.parse(v.stdout)).toMatchObject({ ok: false, file: 'evidence/3-listing-1001-0.jpg' });
  });

  it('refuses an unknown profile and a malformed --time with one sentence', () => {
    const p = runAssay(['packet', 'export', '--db', f.dbPath, '--case', String(f.caseId), '--profile', 'etsy', '--out', path.join(tempDir(), 'x')]);
    expect(p.code).toBe(1);
    expect(p.stderr).toBe('assay: There is no packet profile "etsy". The profiles are alibaba, amazon, ebay, dhgate, dmca, lumen.\n');
    const t = exportTo(path.join(tempDir(), 'y'), ['--time', 'yesterday']);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('--time must be an ISO date');
  });
});

// Packets refused or handled with one clear sentence: a missing rights-holder detail, a case with no listings,
// a listing with no URL, an evidence file gone from the store (no partial packet), an existing output folder,
// and evidence names with "../" or an absolute path.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPacket } from '../../electron/core/packets/exportPacket';
import { buildPacketFixture } from '../support/packetFixture';
import { tempDir } from '../support/tempWorkspace';

const TIME = new Date('2026-03-01T09:30:00Z');

describe('packet export refusals', () => {
  it('refuses an eBay packet when the rights owner has no telephone, naming the field', async () => {
    const f = await buildPacketFixture({ marketplace: 'ebay', reason: '1.1 Counterfeit', brand: { owner_phone: null } });
    const out = path.join(tempDir(), 'p');
    await expect(exportPacket(f.ws, { caseId: f.caseId, profile: 'ebay', out, zip: false, force: false, time: TIME })).rejects.toThrow(/telephone \(owner_phone\)/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a case with no listings', async () => {
    const f = await buildPacketFixture();
    await expect(exportPacket(f.ws, { caseId: f.emptyCaseId, profile: 'dmca', out: path.join(tempDir(), 'p'), zip: false, force: false, time: TIME })).rejects.toThrow(
      `Case ${f.emptyCaseId} ("Empty case") has no listings`,
    );
  });

  it('names a listing without a URL by its item number and keeps it out of the URL list', async () => {
    const f = await buildPacketFixture({ listingWithoutUrl: true });
    const out = path.join(tempDir(), 'p');
    const r = await exportPacket(f.ws, { caseId: f.caseId, profile: 'alibaba', out, zip: false, force: false, time: TIME });
    expect(r.notes).toContain('Listing aliexpress 1001 has no URL; the packet names it by its item number.');
    const txt = fs.readFileSync(path.join(out, 'links', 'links-001.txt'), 'utf8');
    expect(txt.trim().split('\n')).toEqual(['https://www.aliexpress.com/item/1000.html', 'https://www.aliexpress.com/item/1002.html']);
    expect(fs.readFileSync(path.join(out, 'links', 'links-001.csv'), 'utf8')).toContain('No URL was recorded; identify the listing by its item number.');
  });

  it('fails when an evidence file is missing from the store, naming it, and writes no partial packet', async () => {
    const f = await buildPacketFixture();
    const gone = f.evidenceSha256[2]!;
    const file = path.join(path.dirname(f.dbPath), 'evidence', gone.slice(0, 2), gone.slice(2));
    fs.chmodSync(path.dirname(file), 0o755);
    fs.rmSync(file, { force: true });
    const dir = tempDir();
    const out = path.join(dir, 'p');
    await expect(exportPacket(f.ws, { caseId: f.caseId, profile: 'alibaba', out, zip: false, force: false, time: TIME })).rejects.toThrow(`"listing-1001-0.jpg" (evidence 3) (SHA-256 ${gone}) is missing`);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(f.ws.db.prepare('SELECT count(*) AS n FROM packet').get()).toEqual({ n: 0 });
  });

  it('refuses an output folder that exists unless forced', async () => {
    const f = await buildPacketFixture();
    const out = path.join(tempDir(), 'p');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'old.txt'), 'old');
    await expect(exportPacket(f.ws, { caseId: f.caseId, profile: 'alibaba', out, zip: false, force: false, time: TIME })).rejects.toThrow(`${out} already exists`);
    await exportPacket(f.ws, { caseId: f.caseId, profile: 'alibaba', out, zip: false, force: true, time: TIME });
    expect(fs.existsSync(path.join(out, 'old.txt'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'manifest.json'))).toBe(true);
  });

  it.each(['../../etc/passwd', '/etc/shadow', '..\\..\\boot.ini'])('writes evidence named %s inside evidence/ under a safe name', async (name) => {
    const f = await buildPacketFixture({ firstEvidenceName: name });
    const out = path.join(tempDir(), 'p');
    await exportPacket(f.ws, { caseId: f.caseId, profile: 'alibaba', out, zip: false, force: false, time: TIME });
    const names = fs.readdirSync(path.join(out, 'evidence'));
    const base = name.split(/[/\\]/).pop()!;
    expect(names).toContain(`2-${base}`);
    expect(fs.readdirSync(path.dirname(out)).sort()).toEqual(['p']);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
    for (const m of manifest.files) expect(m.path).not.toMatch(/(^|\/)\.\.(\/|$)|^\/|\\/);
  });
});

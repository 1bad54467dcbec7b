// Exporting a takedown packet as a folder and as a ZIP, checked with the tools a recipient would use:
// sha256sum -c, unzip -t and pdftotext; and exporting twice with the same time gives the same bytes.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256File } from '../../electron/core/hashing';
import { exportPacket } from '../../electron/core/packets/exportPacket';
import { verifyPacket } from '../../electron/core/packets/verifyPacket';
import { buildPacketFixture, FIXTURE_CJK_TITLE, FIXTURE_REGISTRATION } from '../support/packetFixture';
import { tempDir } from '../support/tempWorkspace';

const TIME = new Date('2026-03-01T09:30:00Z');
const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

describe('packet export', () => {
  it('writes a folder that sha256sum -c accepts, with the registration number and the Chinese title in notice.pdf', async () => {
    const f = await buildPacketFixture();
    const out = path.join(tempDir(), 'alibaba-packet');
    const r = await exportPacket(f.ws, { caseId: f.caseId, profile: 'alibaba', out, zip: false, force: false, time: TIME });
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('evidence/');
    const notice = pdfText(path.join(out, 'notice.pdf'));
    expect(notice).toContain(FIXTURE_REGISTRATION);
    expect(notice.replace(/\s+/g, '')).toContain(FIXTURE_CJK_TITLE.replace(/\s+/g, ''));
    const comparison = pdfText(path.join(out, 'comparison.pdf'));
    expect(comparison).toContain('The price is 3 % of the genuine MSRP');
    // The test-buy report, with its examination row as the cases code stores it ({ field, expected, observed }).
    expect(comparison.replace(/\s+/g, ' ')).toContain('Lining label: genuine AURELLE PARIS; received AURELE PARIS');
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ profile: 'alibaba', createdAt: TIME.toISOString(), case: { id: f.caseId }, brand: { name: 'Aurelle' } });
    expect(manifest.assayVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.files.map((x: { role: string }) => x.role)).toEqual(expect.arrayContaining(['notice', 'comparison', 'link-list', 'evidence', 'custody-log', 'verifier', 'public-key']));
    expect(fs.readdirSync(path.join(out, 'evidence'))).toHaveLength(4);
    expect(fs.readFileSync(path.join(out, 'links', 'links-001.txt'), 'utf8').trim().split('\n')).toHaveLength(3);
    expect(fs.readFileSync(path.join(out, 'custody.csv'), 'utf8')).toContain('case.created');
    expect(r.files).toBe(manifest.files.length + 3);
    expect(await verifyPacket(out)).toMatchObject({ ok: true });
    const recorded = f.ws.db.prepare("SELECT count(*) AS n FROM custody_event WHERE action = 'packet.exported'").get() as { n: number };
    expect(recorded.n).toBe(1);
    expect(f.ws.db.prepare('SELECT profile, manifest_sha256 FROM packet').all()).toEqual([{ profile: 'alibaba', manifest_sha256: r.manifestSha256 }]);
  });

  it('neutralises spreadsheet formulas in the link list CSV', async () => {
    const f = await buildPacketFixture();
    const out = path.join(tempDir(), 'p');
    await exportPacket(f.ws, { caseId: f.caseId, profile: 'alibaba', out, zip: false, force: false, time: TIME });
    const csv = fs.readFileSync(path.join(out, 'links', 'links-001.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('writes a ZIP that unzip -t accepts, and the same export twice gives byte-identical ZIPs', async () => {
    const f = await buildPacketFixture();
    const dir = tempDir();
    const a = await exportPacket(f.ws, { caseId: f.caseId, profile: 'dmca', out: path.join(dir, 'a.zip'), zip: true, force: false, time: TIME });
    const b = await exportPacket(f.ws, { caseId: f.caseId, profile: 'dmca', out: path.join(dir, 'b'), zip: true, force: false, time: TIME });
    expect(b.out).toBe(path.join(dir, 'b.zip'));
    const t = spawnSync('unzip', ['-t', a.out], { encoding: 'utf8' });
    expect(t.status, t.stdout).toBe(0);
    expect(t.stdout).toContain('No errors detected');
    expect(await sha256File(a.out)).toBe(await sha256File(b.out));
    expect(await verifyPacket(a.out)).toMatchObject({ ok: true });
  });

  it('writes the six DMCA elements in words, including the statement under penalty of perjury', async () => {
    const f = await buildPacketFixture();
    const out = path.join(tempDir(), 'dmca');
    await exportPacket(f.ws, { caseId: f.caseId, profile: 'dmca', out, zip: false, force: false, time: TIME });
    const text = pdfText(path.join(out, 'notice.pdf')).replace(/\s+/g, ' ');
    for (const phrase of ['Signature', 'Identification of the work or mark', 'Identification of the infringing material and where it is', 'Contact information', 'good faith belief', 'under penalty of perjury', FIXTURE_REGISTRATION]) {
      expect(text).toContain(phrase);
    }
  });

  it('writes a Lumen notice.json with the type, date, works, registration numbers and entities by role', async () => {
    const f = await buildPacketFixture();
    const out = path.join(tempDir(), 'lumen');
    await exportPacket(f.ws, { caseId: f.caseId, profile: 'lumen', out, zip: false, force: false, time: TIME });
    const { notice } = JSON.parse(fs.readFileSync(path.join(out, 'notice.json'), 'utf8'));
    expect(notice.type).toBe('Counterfeit');
    expect(notice.date_sent).toBe('2026-03-01');
    expect(notice.mark_registration_number).toContain(FIXTURE_REGISTRATION);
    expect(notice.works_attributes[0].infringing_urls_attributes).toHaveLength(3);
    expect(notice.entity_notice_roles_attributes.map((e: { name: string }) => e.name)).toEqual(['principal', 'agent', 'sender', 'recipient']);
  });

  it('lays out the eBay notice with one reason code per page and the item numbers', async () => {
    const f = await buildPacketFixture({ marketplace: 'ebay', reason: 'eBay VeRO 1.1 Counterfeit' });
    const out = path.join(tempDir(), 'ebay');
    await exportPacket(f.ws, { caseId: f.caseId, profile: 'ebay', out, zip: false, force: false, time: TIME });
    const pages = pdfText(path.join(out, 'notice.pdf')).split('\f');
    const codePages = pages.filter((p) => p.includes('Reason code 1.1'));
    expect(codePages).toHaveLength(1);
    expect(codePages[0]).toContain('1000');
    expect(codePages[0]).toContain('2026-03-01');
  });

  it('gives Amazon one notice per IP type, with the ASINs, the registration number and the test-buy order ID', async () => {
    const f = await buildPacketFixture({ marketplace: 'amazon', reason: 'Counterfeit (Amazon Report Infringement)' });
    f.ws.db.prepare("UPDATE case_listing SET reason = 'Trademark misuse in the title' WHERE listing_id = (SELECT max(listing_id) FROM case_listing)").run();
    const out = path.join(tempDir(), 'amazon');
    await exportPacket(f.ws, { caseId: f.caseId, profile: 'amazon', out, zip: false, force: false, time: TIME });
    const pages = pdfText(path.join(out, 'notice.pdf')).split('\f').join('\n').split(/Amazon Report Infringement – notice/).slice(1);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/IP type: Counterfeit/);
    expect(pages[0]).toContain('ASIN 1000');
    expect(pages[0]).toContain('TB-2026-0042');
    expect(pages[0]).not.toContain('ASIN 1002');
    expect(pages[1]).toMatch(/IP type: Trademark/);
    expect(pages[1]).toContain('ASIN 1002');
    for (const p of pages) expect(p).toContain(FIXTURE_REGISTRATION);
    expect(fs.readdirSync(path.join(out, 'links')).sort()).toEqual(['links-counterfeit-001.csv', 'links-counterfeit-001.txt', 'links-trademark-001.csv', 'links-trademark-001.txt']);
  });

  it('gives DHgate the IP document details: name, type, registration number, class and expiry', async () => {
    const f = await buildPacketFixture({ marketplace: 'dhgate' });
    const out = path.join(tempDir(), 'dhgate');
    await exportPacket(f.ws, { caseId: f.caseId, profile: 'dhgate', out, zip: false, force: false, time: TIME });
    const text = pdfText(path.join(out, 'notice.pdf')).replace(/\s+/g, ' ');
    for (const phrase of ['IP name: AURELLE', 'IP type: Trademark (word)', `Registration number: ${FIXTURE_REGISTRATION}`, 'Class: 18, 25', 'Expiry date: 2029-03-01', 'https://www.dhgate.com/item/1000.html']) {
      expect(text).toContain(phrase);
    }
  });

  it('refuses a profile whose marketplaces the case has no listings on', async () => {
    const f = await buildPacketFixture({ marketplace: 'aliexpress' });
    await expect(exportPacket(f.ws, { caseId: f.caseId, profile: 'ebay', out: path.join(tempDir(), 'x'), zip: false, force: false, time: TIME })).rejects.toThrow(
      'has no listings on the marketplaces the ebay profile covers (ebay); its listings are on aliexpress.',
    );
  });
});


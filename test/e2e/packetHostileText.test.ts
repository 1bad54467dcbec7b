// Hostile listing text on its way out of Assay: a title with markup and a bidi override, and a case named
// with script, in the notice PDF (read back with pdftotext) and in verify.html (in Chromium): text, never code.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';

import { openWorkspace } from '../../electron/core/db/openWorkspace';
import { launchChromium } from '../support/browser';
import { buildPacketFixture } from '../support/packetFixture';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

const TITLE = '<script>window.__pwned = 1</script> Aurelle tote \u202Egnp.exe';
const CASE_NAME = '<img src=x onerror="window.__pwned = 2"> Aurelle replicas';

let browser: Browser;
let folder: string;

beforeAll(async () => {
  const f = await buildPacketFixture();
  f.ws.close();
  const ws = openWorkspace(f.dbPath);
  ws.db.prepare('UPDATE "case" SET name = ? WHERE id = ?').run(CASE_NAME, f.caseId);
  ws.db.prepare('UPDATE listing SET title = ? WHERE id = (SELECT min(listing_id) FROM case_listing WHERE case_id = ?)').run(TITLE, f.caseId);
  ws.close();
  folder = path.join(tempDir(), 'packet');
  const r = runAssay(['packet', 'export', '--db', f.dbPath, '--case', String(f.caseId), '--profile', 'dmca', '--out', folder, '--time', '2026-03-01T09:30:00Z']);
  expect(r.code, r.stderr).toBe(0);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('hostile text in a packet', () => {
  it('is printed in the notice and comparison PDFs as the literal text it is', () => {
    // pdftotext breaks long lines where the PDF wraps them; compare with the white space run together.
    const pdf = (name: string) => execFileSync('pdftotext', ['-raw', path.join(folder, name), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdf('notice.pdf')).toContain('<script>window.__pwned = 1</script> Aurelle tote');
    expect(pdf('comparison.pdf')).toContain('<script>window.__pwned = 1</script> Aurelle tote');
    expect(pdf('comparison.pdf')).toContain('<img src=x onerror="window.__pwned = 2"> Aurelle replicas');
  });

  it('is shown by verify.html as text, and nothing in it runs', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${path.join(folder, 'verify.html')}`);
    await page.locator('#folder').setInputFiles(folder);
    await expect.poll(() => page.locator('#result').getAttribute('data-status'), { timeout: 20_000 }).toBe('verified');
    expect(await page.locator('#details').textContent()).toContain(`Case: ${CASE_NAME}`);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});

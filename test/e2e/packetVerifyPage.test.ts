// verify.html as a recipient uses it: opened from the packet folder in Chromium (file://, no network), given
// the packet folder or its ZIP, it says "verified"; given a tampered copy, it names the file that fails.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { buildPacketFixture } from '../support/packetFixture';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

let browser: Browser;
let folder: string;
let zip: string;
const requests: string[] = [];

beforeAll(async () => {
  const f = await buildPacketFixture();
  f.ws.close();
  folder = path.join(tempDir(), 'packet');
  zip = path.join(tempDir(), 'packet.zip');
  for (const [out, extra] of [[folder, []], [zip, ['--zip']]] as const) {
    const r = runAssay(['packet', 'export', '--db', f.dbPath, '--case', String(f.caseId), '--profile', 'dmca', '--out', out, '--time', '2026-03-01T09:30:00Z', ...extra]);
    expect(r.code, r.stderr).toBe(0);
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openPage(dir: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  await page.goto(`file://${path.join(dir, 'verify.html')}`);
  return page;
}

const result = (page: Page) => page.locator('#result');

describe('verify.html', () => {
  it('verifies the packet folder it sits in', async () => {
    const page = await openPage(folder);
    await page.locator('#folder').setInputFiles(folder);
    await expect.poll(() => result(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('verified');
    expect(await result(page).textContent()).toContain('Packet verified');
    expect(await page.locator('#details').textContent()).toMatch(/files checked against manifest.json and SHA256SUMS/);
    await page.screenshot({ path: screenshotPath('packet-verify-ok.png') });
    await page.close();
  });

  it('verifies the ZIP', async () => {
    const page = await openPage(folder);
    await page.locator('#files').setInputFiles(zip);
    await expect.poll(() => result(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('verified');
    await page.close();
  });

  it('names an evidence file with one changed byte', async () => {
    const copy = path.join(tempDir(), 'tampered');
    fs.cpSync(folder, copy, { recursive: true });
    const evidence = fs.readdirSync(path.join(copy, 'evidence')).sort()[0]!;
    const file = path.join(copy, 'evidence', evidence);
    const bytes = fs.readFileSync(file);
    bytes[300] = bytes[300]! ^ 0x01;
    fs.writeFileSync(file, bytes);
    const page = await openPage(folder);
    await page.locator('#folder').setInputFiles(copy);
    await expect.poll(() => result(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('failed');
    expect(await result(page).textContent()).toContain(`Verification failed: evidence/${evidence}: its SHA-256 is`);
    await page.screenshot({ path: screenshotPath('packet-verify-tampered.png') });
    await page.close();
  });

  it('names manifest.sig when the signature was changed, and SHA256SUMS when a line was', async () => {
    const copy = path.join(tempDir(), 'tampered-sig');
    fs.cpSync(folder, copy, { recursive: true });
    const sig = Buffer.from(fs.readFileSync(path.join(copy, 'manifest.sig'), 'utf8').trim(), 'base64');
    sig[10] = sig[10]! ^ 0x04;
    fs.writeFileSync(path.join(copy, 'manifest.sig'), `${sig.toString('base64')}\n`);
    const page = await openPage(folder);
    await page.locator('#folder').setInputFiles(copy);
    await expect.poll(() => result(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('failed');
    expect(await result(page).textContent()).toContain('manifest.sig: the signature does not match manifest.json');

    const sums = path.join(tempDir(), 'tampered-sums');
    fs.cpSync(folder, sums, { recursive: true });
    const lines = fs.readFileSync(path.join(sums, 'SHA256SUMS'), 'utf8').split('\n');
    lines[0] = lines[0]!.replace(/^./, (c) => (c === 'f' ? 'e' : 'f'));
    fs.writeFileSync(path.join(sums, 'SHA256SUMS'), lines.join('\n'));
    await page.reload();
    await page.locator('#folder').setInputFiles(sums);
    await expect.poll(() => result(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('failed');
    expect(await result(page).textContent()).toContain('SHA256SUMS: line 1 gives a hash for');
    await page.close();
  });

  it('made no network request', () => {
    expect(requests).toEqual([]);
  });
});

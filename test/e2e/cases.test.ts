// Working a case in the real renderer (Debian's Chromium through `assay serve`): open a case from the board,
// add a listing from a search, drop in a piece of evidence, move the case on, and check the workspace agrees.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser';
import { tempDir } from '../support/tempWorkspace';
import { openWorkstation, type Workstation } from '../support/workstation';

describe('working a case in a browser', () => {
  let station: Workstation;
  let page: Page;
  const shot = path.join(tempDir(), 'listing-capture.png');
  const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('captured listing page')]);

  beforeAll(async () => {
    fs.writeFileSync(shot, bytes);
    station = await openWorkstation({ listings: 300, seed: 4, score: true });
    page = station.page;
  });

  afterAll(() => station?.close());

  it('opens a new case from the board, in draft', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Cases/ }).click();
    await page.getByRole('button', { name: 'New case' }).click();
    const form = page.getByRole('form', { name: 'New case' });
    await form.getByRole('button', { name: 'Open case' }).click();
    await form.getByText('A case needs a name.').waitFor();
    await form.getByLabel('Name').fill('Browser sweep');
    await form.getByRole('checkbox', { name: 'eBay' }).check();
    await form.getByRole('button', { name: 'Open case' }).click();
    await page.getByRole('heading', { level: 1, name: 'Browser sweep' }).waitFor();
    expect(page.url()).toMatch(/#\/cases\/\d+$/);
    expect(await page.locator('.page-header .badge').first().innerText()).toBe('Draft');
  });

  it('adds the riskiest listing under its marketplace’s counterfeit reason', async () => {
    await page.getByRole('button', { name: 'Add listings' }).click();
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    const first = page.locator('.add-listings__results input[type="checkbox"]').first();
    await first.check();
    await page.getByRole('button', { name: 'Add 1 listing' }).click();
    const row = page.locator('table.case-listings tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    const reason = await row.locator('select').first().inputValue();
    expect(reason).toMatch(/:(counterfeit|1\.1)$/);
  });

  it('stores a piece of evidence with its SHA-256, size and name', async () => {
    await page.getByLabel('Evidence files').setInputFiles(shot);
    const digest = createHash('sha256').update(bytes).digest('hex');
    const row = page.locator('table.evidence-table tbody tr').first();
    await row.waitFor();
    expect(await row.innerText()).toContain('listing-capture.png');
    expect(await row.locator('code').getAttribute('title')).toBe(digest);
    expect(await row.innerText()).toContain(`${bytes.length} bytes`);
    expect(fs.existsSync(path.join(path.dirname(station.db), 'evidence', digest.slice(0, 2), digest.slice(2)))).toBe(true);
  });

  it('records a test buy with its examination against the genuine specification', async () => {
    await page.getByRole('button', { name: 'Record a test buy' }).click();
    const form = page.getByRole('form', { name: 'Record a test buy' });
    await form.getByLabel('Order number').fill('AE-8812-3391');
    await form.getByLabel('Ordered on').fill('2026-02-20');
    await form.getByLabel('Cost').fill('41.90');
    await form.getByLabel('Row 1: field').fill('Serial number');
    await form.getByLabel('Row 1: expected').fill('AB-###### engraved on the caseback');
    await form.getByLabel('Row 1: observed').fill('No serial');
    await form.getByLabel('Conclusion').selectOption('counterfeit');
    await form.getByRole('button', { name: 'Save test buy' }).click();
    const card = page.getByRole('article', { name: 'Test buy AE-8812-3391' });
    await card.waitFor();
    expect(await card.innerText()).toContain('No serial');
    expect(await card.locator('.badge').innerText()).toBe('Counterfeit');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('case-test-buy.png') });
  });

  it('moves the case to review and on to ready, dated in its history', async () => {
    await page.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => page.locator('.page-header .badge').first().innerText()).toBe('In review');
    await page.getByRole('button', { name: 'Mark ready' }).click();
    await expect.poll(() => page.locator('.page-header .badge').first().innerText()).toBe('Ready');
    const history = page.getByRole('region', { name: 'History' });
    await expect.poll(() => history.locator('.timeline').first().locator('li').count()).toBe(3);
    expect(await history.innerText()).toContain('Evidence added: listing-capture.png');
    expect(await history.innerText()).toContain('Case opened');
    expect(await history.innerText()).toContain('Status changed: in_review → ready');
    await page.screenshot({ path: screenshotPath('case-view.png') });
    await history.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('case-history.png') });
    const caseId = Number(page.url().split('/').pop());
    const view = (await station.api('cases.get', { caseId })) as { case: { status: string }; listings: unknown[]; evidence: unknown[]; transitions: { to: string }[] };
    expect(view.case.status).toBe('ready');
    expect(view.listings).toHaveLength(1);
    expect(view.evidence).toHaveLength(1);
    expect(view.transitions.map((t) => t.to)).toEqual(['draft', 'in_review', 'ready']);
    expect(station.pageErrors).toEqual([]);
  });

  it('shows the case in the Ready column of the board', async () => {
    await page.goto(page.url().replace(/#\/cases\/\d+$/, '#/cases'));
    const ready = page.locator('[data-status="ready"]');
    await ready.getByText('Browser sweep').waitFor();
    await page.screenshot({ path: screenshotPath('case-board.png') });
  });

  it('keeps the rights holder and a trademark in Settings → Brand, refusing a bad class by name', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Settings/ }).click();
    const card = page.getByRole('region', { name: 'Brand' });
    const form = card.getByRole('form', { name: 'Rights holder' });
    await form.getByLabel('Signatory', { exact: true }).fill('Aline Moreau');
    await form.getByLabel('Electronic signature (as it appears on notices)').fill('/Aline Moreau/');
    await form.getByRole('button', { name: 'Save rights holder' }).click();
    await card.getByText('Saved. Notices use these details from now on.').waitFor();
    const tm = card.getByRole('form', { name: 'Add a trademark' });
    await tm.getByLabel('Mark').fill('ABYSSE');
    await tm.getByLabel('Registration no.').fill('E2E-0001');
    await tm.getByLabel('Classes').fill('14, 99');
    await tm.getByRole('button', { name: 'Add trademark' }).click();
    await tm.getByText('"99" is not a Nice class; classes run from 1 to 45.').waitFor();
    await tm.getByLabel('Classes').fill('14');
    await tm.getByRole('button', { name: 'Add trademark' }).click();
    await card.getByRole('cell', { name: 'E2E-0001' }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('brand-settings.png') });
    const brand = (await station.api('brand.get', {})) as { signatoryName: string; trademarks: { registrationNumber: string; classes: number[] }[] };
    expect(brand.signatoryName).toBe('Aline Moreau');
    expect(brand.trademarks.find((t) => t.registrationNumber === 'E2E-0001')?.classes).toEqual([14]);
    expect(station.pageErrors).toEqual([]);
  });
});

// Examining the demo seizure in the real renderer (Debian's Chromium through `assay serve`): the list by deadline
// with its warning, the seizure's lines and progress, and one line examined by keyboard alone, checked against the
// database through the contract; screenshots go to test-results/e2e/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeizedLineDetail, SeizureDetail } from '../../electron/api/seizureContract';
import { screenshotPath } from '../support/browser';
import { openWorkstation, type Workstation } from '../support/workstation';

describe('examining a seizure in a browser', () => {
  let station: Workstation;
  let page: Page;

  beforeAll(async () => {
    station = await openWorkstation({ listings: 100, seed: 1 });
    page = station.page;
  });

  afterAll(() => station?.close());

  it('lists the demo seizure with its passed deadline flagged and its progress', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Seizures/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Seizures');
    const row = page.getByRole('row', { name: /NL-RTM-2025-014817/ });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Deadline passed/);
    expect(await row.innerText()).toMatch(/5 of 40 lines examined/);
  });

  it('opens the seizure with its lines, and examines line 6 by keyboard', async () => {
    await page.getByRole('button', { name: 'NL-RTM-2025-014817' }).click();
    await page.getByRole('heading', { level: 1, name: 'Seizure NL-RTM-2025-014817' }).waitFor();
    await expect.poll(() => page.locator('.seizure-lines tbody tr').count()).toBe(40);
    await page.getByRole('alert').filter({ hasText: 'The deadline has passed.' }).waitFor();
    await page.screenshot({ path: screenshotPath('seizure-lines.png'), fullPage: false });

    await page.getByRole('button', { name: 'Examine line 6' }).click();
    await page.getByRole('heading', { level: 1, name: 'Line 6' }).waitFor();
    const examiner = page.locator('#examiner-name');
    await examiner.fill('Inès Fauvel');
    await examiner.press('Escape');
    await page.keyboard.press('f');
    await page.keyboard.press('p');
    await page.keyboard.press('n');
    await page.keyboard.press('c');
    await page.getByText('Verdict: Counterfeit').waitFor();
    await page.screenshot({ path: screenshotPath('seizure-examination.png'), fullPage: false });

    const detail = (await station.api('seizures.get', { id: 1 })) as SeizureDetail;
    const line = detail.lineRows.find((l) => l.lineNo === 6)!;
    expect(line).toMatchObject({ verdict: 'counterfeit', examiner: 'Inès Fauvel' });
    expect(line.reasons).toMatch(/^Failed: /);
    const checks = ((await station.api('seizures.line', { lineId: line.id })) as SeizedLineDetail).checks.slice(0, 3).map((c) => c.result);
    expect(checks).toEqual(['fail', 'pass', 'not_checked']);
    expect(detail.examined).toBe(6);

    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 1, name: 'Line 7' }).waitFor();
  });

  it('raised no error in the page', () => {
    expect(station.pageErrors).toEqual([]);
  });
});

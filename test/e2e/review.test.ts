// Reviewing scored listings in the real renderer (Debian's Chromium through `assay serve`): the riskiest listing
// first, its findings and matched product in the detail, and seller accounts linked across marketplaces.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser';
import { openWorkstation, type Workstation } from '../support/workstation';

/** The Risk column's place in the grid (1-based, as CSS nth-child counts). */
const RISK_COLUMN = 4;

describe('reviewing scored listings in a browser', () => {
  let station: Workstation;
  let page: Page;

  beforeAll(async () => {
    station = await openWorkstation({ listings: 400, seed: 3, score: true });
    page = station.page;
  });

  afterAll(() => station?.close());

  const grid = () => page.getByRole('grid', { name: 'Listings' });
  const dataRow = (n: number) => grid().locator(`[role="row"][aria-rowindex="${n + 1}"]`);
  const riskOf = async (n: number) => Number(await dataRow(n).locator(`[role="gridcell"]:nth-child(${RISK_COLUMN})`).innerText());
  const detail = () => page.getByRole('complementary', { name: 'Listing detail' });

  it('sorts by risk in the database, the riskiest listing first', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Listings/ }).click();
    await grid().waitFor();
    const riskHeader = page.getByRole('columnheader', { name: /Risk/ });
    await riskHeader.getByRole('button').click();
    await expect.poll(() => riskHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => riskOf(1)).toBeGreaterThanOrEqual(60);
    const [first, second] = [await riskOf(1), await riskOf(2)];
    expect(first).toBeGreaterThanOrEqual(second);
  });

  it('fits every column, Risk included, in a 1440 px window without scrolling sideways', async () => {
    expect(await grid().evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('review-grid.png') });
  });

  it('shows the riskiest listing’s findings as sentences and the genuine product it matched', async () => {
    await dataRow(1).click();
    const risk = detail().getByRole('region', { name: 'Risk' });
    await risk.waitFor({ state: 'visible' });
    // A finding is a full sentence with a point value beside it.
    const firstFinding = risk.locator('.finding__message').first();
    await firstFinding.waitFor({ state: 'visible' });
    expect(await firstFinding.innerText()).toMatch(/^[A-Z].{10,}\.$/);
    expect(await risk.locator('.finding__points').first().innerText()).toMatch(/^[+−]?\d+$/);
    await expect.poll(() => risk.locator('.risk-match__product .mono').first().innerText()).toMatch(/^[A-Z]{2}-[A-Z]{2}-\d{4}$/);
    await page.screenshot({ path: screenshotPath('review-detail.png') });
  });

  it('groups sellers linked by a shared contact into clusters that span marketplaces', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Sellers/ }).click();
    await page.getByRole('tab', { name: /Clusters/ }).click();
    const clusters = page.getByRole('table', { name: /Seller clusters/ });
    await clusters.locator('tbody tr.cluster-row').first().waitFor({ state: 'visible' });
    const marketplaceCounts = await clusters.locator('tbody tr.cluster-row').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('.tag').length));
    expect(Math.max(...marketplaceCounts)).toBeGreaterThanOrEqual(2);

    const firstCluster = clusters.locator('tbody tr.cluster-row').first();
    await firstCluster.getByRole('button', { expanded: false }).click();
    const evidence = clusters.getByRole('region', { name: 'Shared contacts' }).locator('.evidence-list__item').first();
    await evidence.waitFor({ state: 'visible' });
    expect(await evidence.innerText()).toMatch(/shared by \d+ sellers/);
    await page.screenshot({ path: screenshotPath('seller-clusters.png') });
  });

  it('raised no error in the page', () => {
    expect(station.pageErrors).toEqual([]);
  });
});

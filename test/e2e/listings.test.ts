// The real renderer, in Debian's Chromium, through `assay serve` on a temporary demo workspace.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser';
import { openWorkstation, type Workstation } from '../support/workstation';

describe('the Listings page in a browser', () => {
  let station: Workstation;
  let page: Page;
  let api: Workstation['api'];

  beforeAll(async () => {
    station = await openWorkstation({ listings: 5000, seed: 3 });
    ({ page, api } = station);
  });

  afterAll(() => station?.close());

  const grid = () => page.getByRole('grid', { name: 'Listings' });
  const rowCount = async () => Number(await grid().getAttribute('aria-rowcount')) - 1;
  const visibleCells = (column: number) => grid().locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])').locator(`[role="gridcell"]:nth-child(${column})`).allInnerTexts();

  it('opens on a left navigation with every section', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Dashboard', 'Listings', 'Sellers', 'Products', 'Cases', 'Seizures', 'Imports', 'Settings']) {
      await nav.getByRole('link', { name: new RegExp(name) }).waitFor({ state: 'visible' });
    }
  });

  it('shows the whole workspace in a grid but renders only the rows in view', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Listings/ }).click();
    await grid().waitFor();
    await expect.poll(rowCount).toBe(5000);
    await expect.poll(() => grid().locator('[role="row"][aria-rowindex="2"] [role="gridcell"]').first().innerText()).not.toBe('');
    const rendered = await grid().getByRole('row').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(120);
  });

  it('searches the full text and shows the same count as the database', async () => {
    await page.getByRole('searchbox', { name: 'Search listings' }).fill('replica');
    const expected = ((await api('listings.count', { query: 'replica' })) as { total: number }).total;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(5000);
    await expect.poll(rowCount).toBe(expected);
  });

  it('filters by marketplace, so every row shown is from that marketplace', async () => {
    await page.getByRole('checkbox', { name: 'eBay' }).check();
    const expected = ((await api('listings.count', { query: 'replica', marketplaces: ['ebay'] })) as { total: number }).total;
    await expect.poll(rowCount).toBe(expected);
    await expect.poll(async () => [...new Set(await visibleCells(1))]).toEqual(['eBay']);
  });

  it('sorts by price in the database, lowest first', async () => {
    await page.getByRole('checkbox', { name: 'eBay' }).uncheck();
    await page.getByRole('columnheader', { name: /Price/ }).getByRole('button').click();
    await expect.poll(() => page.getByRole('columnheader', { name: /Price/ }).getAttribute('aria-sort')).toBe('ascending');
    const first = (await api('listings.page', { filter: { query: 'replica' }, sort: { column: 'price', direction: 'asc' }, limit: 5 })) as { rows: { listingId: string }[] };
    await expect.poll(async () => (await visibleCells(2)).slice(0, 5)).toEqual(first.rows.map((r) => r.listingId));
  });

  it('opens the detail panel of a listing with its original row', async () => {
    const row = grid().locator('[role="row"][aria-rowindex="3"]');
    const title = await row.locator('[role="gridcell"]').nth(2).innerText();
    await row.click();
    const detail = page.getByRole('complementary', { name: 'Listing detail' });
    await expect.poll(() => detail.getByRole('heading', { level: 2 }).innerText()).toBe(title);
    await detail.getByRole('region', { name: 'Original row' }).waitFor({ state: 'visible' });
    await page.screenshot({ path: screenshotPath('listings-detail.png') });
  });

  it('jumps to the last row with the End key', async () => {
    await page.getByRole('searchbox', { name: 'Search listings' }).fill('');
    await expect.poll(rowCount).toBe(5000);
    await grid().focus();
    await page.keyboard.press('End');
    const last = grid().locator('[role="row"][aria-rowindex="5001"]');
    await last.waitFor({ state: 'visible' });
    await expect.poll(() => last.locator('[role="gridcell"]').nth(1).innerText()).not.toBe('');
    await page.screenshot({ path: screenshotPath('listings-end.png') });
  });

  it('raised no error in the page', () => {
    expect(station.pageErrors).toEqual([]);
  });

  it('asks for the printed link when opened without the token', async () => {
    const context = await station.browser.newContext();
    const stranger = await context.newPage();
    await stranger.goto(station.server.url.split('#')[0]!);
    await expect.poll(() => stranger.getByRole('alert').innerText()).toMatch(/assay serve/);
    await context.close();
  });
});

// The Imports page in the real renderer, through `assay serve` on a temporary demo workspace: a small CSV goes
// through preview, the suggested mapping and the import, the report names its rejected rows, and the new
// listings are found on the Listings page.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser';
import { tempDir } from '../support/tempWorkspace';
import { openWorkstation, type Workstation } from '../support/workstation';

/** Four good new listings, one whose price cannot be read (row 6) and one with neither ID nor URL (row 7). */
const FIXTURE = [
  'Marketplace,Item ID,Title,Price,Seller',
  'ebay,EB-7001,Zephyrine leather tote brown,US $12.99,bagdeals88',
  'ebay,EB-7002,Zephyrine canvas weekender,US $24.50,luxe_outlet',
  'amazon,B0ZEPH0003,Zephyrine classic wallet,US $9.99,GiftHouse',
  'aliexpress,1005007004,Zephyrine crossbody mini,US $15.00,Top Bags Store',
  'ebay,EB-7005,Zephyrine belt with box,call for price,beltking',
  'ebay,,Zephyrine silk scarf,US $5.00,scarves4u',
  '',
].join('\n');

describe('importing a listings file in a browser', () => {
  let station: Workstation;
  let page: Page;
  let fixture: string;

  beforeAll(async () => {
    fixture = path.join(tempDir(), 'zephyrine-listings.csv');
    fs.writeFileSync(fixture, FIXTURE);
    station = await openWorkstation({ listings: 200 });
    page = station.page;
  });

  afterAll(() => station?.close());

  const nav = () => page.getByRole('navigation', { name: 'Main' });
  const report = () => page.getByLabel('Import report');
  const figure = (term: string) => report().locator('.run-figure').filter({ has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');

  it('opens the import wizard from the navigation', async () => {
    await nav().getByRole('link', { name: /Imports/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Imports');
    await page.getByRole('radio', { name: /Listings/ }).waitFor({ state: 'visible' });
    expect(await page.getByRole('radio', { name: /Listings/ }).isChecked()).toBe(true);
  });

  it('uploads the chosen file and previews its rows, with the delimiter in words', async () => {
    await page.getByLabel('File to import').setInputFiles(fixture);
    const rows = page.getByRole('region', { name: 'First rows' });
    await rows.waitFor({ state: 'visible' });
    await expect.poll(() => rows.locator('tbody tr').count()).toBe(6);
    expect(await rows.locator('thead th').allInnerTexts()).toEqual(['Row', 'Marketplace', 'Item ID', 'Title', 'Price', 'Seller']);
    const delimiter = page.getByRole('group', { name: 'Reading settings' }).getByLabel('Delimiter');
    expect(await delimiter.locator('option:checked').innerText()).toBe('comma');
    await page.getByText('zephyrine-listings.csv').first().waitFor({ state: 'visible' });
  });

  it('suggests the mapping of the obvious headers, with a sample from the first row', async () => {
    await page.getByRole('button', { name: /Map columns/ }).click();
    const mapping = page.getByRole('region', { name: 'Column mapping' });
    await mapping.waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('#map-title').inputValue()).toBe('Title');
    expect(await page.locator('#map-listing_id').inputValue()).toBe('Item ID');
    expect(await page.locator('#map-price').inputValue()).toBe('Price');
    expect(await page.locator('#map-marketplace').inputValue()).toBe('Marketplace');
    expect(await page.locator('#map-seller_name').inputValue()).toBe('Seller');
    expect(await page.locator('#map-description').inputValue()).toBe('');
    expect(await mapping.locator('tr', { has: page.locator('#map-price') }).innerText()).toContain('US $12.99');
    await page.screenshot({ path: screenshotPath('imports-mapping.png') });
  });

  it('imports the file and reports 4 new listings and 2 rejected rows', async () => {
    await page.getByRole('button', { name: 'Start import' }).click();
    await report().waitFor({ state: 'visible' });
    await expect.poll(() => figure('New').innerText()).toBe('4');
    expect(await figure('Rows read').innerText()).toBe('6');
    expect(await figure('Rejected').innerText()).toBe('2');
    expect(await figure('Updated').innerText()).toBe('0');
    await report().getByText(/Import \d+ completed/).waitFor({ state: 'visible' });
  });

  it('names each rejected row with its column and reason', async () => {
    const rejected = report().locator('.rejected-rows > .table-wrap > table > tbody > tr');
    await expect.poll(() => rejected.count()).toBe(2);
    const [first, second] = await rejected.allInnerTexts();
    expect(first).toMatch(/^6\s/);
    expect(first).toMatch(/Price/);
    expect(first).toMatch(/call for price/);
    expect(second).toMatch(/^7\s/);
    expect(second).toMatch(/neither a listing id nor a URL/i);
    await report().getByRole('button', { name: 'Download rejected rows as CSV' }).waitFor({ state: 'visible' });
    await page.screenshot({ path: screenshotPath('imports-report.png') });
  });

  it('lists the import in the history as completed, with its counts', async () => {
    const history = page.getByRole('region', { name: 'Import history' });
    const row = history.locator('tbody tr', { hasText: 'zephyrine-listings.csv' });
    await expect.poll(() => row.count()).toBe(1);
    const text = await row.innerText();
    expect(text).toMatch(/Completed/);
    expect(text).toMatch(/Listings/);
  });

  it('shows the imported listings on the Listings page', async () => {
    await nav().getByRole('link', { name: /Listings/ }).click();
    const grid = page.getByRole('grid', { name: 'Listings' });
    await grid.waitFor();
    await page.getByRole('searchbox', { name: 'Search listings' }).fill('Zephyrine');
    await expect.poll(async () => Number(await grid.getAttribute('aria-rowcount')) - 1).toBe(4);
    await expect.poll(() => grid.getByText('Zephyrine canvas weekender').count()).toBe(1);
    expect(await grid.getByText('Zephyrine belt with box').count()).toBe(0);
  });

  it('stays usable during a long import: other pages load while it runs, and the sidebar shows its progress', async () => {
    const big = path.join(tempDir(), 'long-export.csv');
    const lines = ['Marketplace,Item ID,Title,Price,Seller'];
    for (let i = 0; i < 150_000; i++) lines.push(`dhgate,LONG-${i},Zephyrine long-run bag ${i},US $${(i % 90) + 10}.00,seller${i % 300}`);
    fs.writeFileSync(big, lines.join('\n') + '\n');

    await nav().getByRole('link', { name: /Imports/ }).click();
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByLabel('File to import').setInputFiles(big);
    await page.getByRole('button', { name: /Map columns/ }).click();
    await expect.poll(() => page.locator('#map-listing_id').inputValue()).toBe('Item ID');
    await page.getByRole('button', { name: 'Start import' }).click();

    const running = nav().getByRole('status', { name: /Import running/ });
    await running.waitFor({ state: 'visible' });
    await nav().getByRole('link', { name: /Listings/ }).click();
    const grid = page.getByRole('grid', { name: 'Listings' });
    await page.getByRole('searchbox', { name: 'Search listings' }).fill('');
    await expect.poll(() => grid.locator('[role="row"][aria-rowindex="2"] [role="gridcell"]').nth(1).innerText()).not.toBe('');
    // The page answered while the import was still running.
    expect(await running.isVisible()).toBe(true);
    await nav().getByRole('status', { name: /Import done/ }).waitFor({ state: 'visible', timeout: 90_000 });
    await page.getByRole('searchbox', { name: 'Search listings' }).fill('long-run');
    await expect.poll(async () => Number(await grid.getAttribute('aria-rowcount')) - 1, { timeout: 15_000 }).toBe(150_000);
  });

  it('raised no error in the page', () => {
    expect(station.pageErrors).toEqual([]);
  });
});

// Reviewing scored listings in the real renderer (Debian's Chromium through `assay serve`): the riskiest listing
// first, its findings and matched product in the detail, a listing's stored images beside the official photos it
// reuses, and seller accounts linked across marketplaces.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser';
import { pngClaimingSize, productShot, reencoded } from '../support/productPhotos';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';
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

  it('shows a listing’s stored images beside the official photos it reuses, marked, as thumbnails', async () => {
    // The demo's listings carry image addresses only (never downloaded): store a product's official photos from a
    // spec sheet and a listing's own images with `assay import --images`, as a person would, then score.
    const dir = tempDir();
    const official = await productShot(61, 1000, 750);
    fs.mkdirSync(path.join(dir, 'photos'));
    fs.writeFileSync(path.join(dir, 'photos', 'aubade-front.png'), official);
    fs.writeFileSync(path.join(dir, 'photos', 'aubade-back.png'), await productShot(62, 1000, 750));
    fs.writeFileSync(path.join(dir, 'specs.csv'), 'sku,name,msrp,currency,official_images\nCV-AU-7001,Aubade Saddle Bag,980,USD,photos/aubade-front.png|photos/aubade-back.png\n');
    const products = runAssay(['products', 'import', path.join(dir, 'specs.csv'), '--db', station.db, '--brand', 'Corvanne']);
    expect(products.code, products.stderr).toBe(0);
    fs.mkdirSync(path.join(dir, 'images'));
    fs.writeFileSync(path.join(dir, 'images', 'E2EIMG1.jpg'), await reencoded(await productShot(63), 640, 75));
    fs.writeFileSync(path.join(dir, 'images', 'E2EIMG1_2.jpg'), await reencoded(official, 500, 60));
    fs.writeFileSync(path.join(dir, 'images', 'E2EIMG2.png'), pngClaimingSize(100_000, 100_000));
    fs.writeFileSync(path.join(dir, 'listing.csv'), 'Item ID,Title,Price,Currency,Seller\nE2EIMG1,Corvanne Aubade Saddle Bag leather,120,USD,aubade-outlet\nE2EIMG2,Aubade Saddle Bag replica,90,USD,bag-depot\n');
    const imported = runAssay(['import', path.join(dir, 'listing.csv'), '--db', station.db, '--marketplace', 'ebay', '--images', path.join(dir, 'images')]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(runAssay(['score', '--db', station.db]).code).toBe(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Listings/ }).click();
    await page.getByRole('searchbox', { name: 'Search listings' }).fill('Aubade Saddle');
    const row = (itemNumber: string) => grid().locator('[role="row"]').filter({ hasText: itemNumber });
    await row('E2EIMG1').click();
    const images = detail().getByRole('group', { name: 'Images side by side' });
    await images.waitFor({ state: 'visible' });
    await images.scrollIntoViewIfNeeded();
    const pictures = images.locator('img.thumbnail__image');
    await expect.poll(() => pictures.count()).toBe(4);
    // Each thumbnail is decoded by the browser, no wider than the 320 px it was made at.
    await expect.poll(() => pictures.evaluateAll((imgs) => imgs.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth))).toEqual([320, 320, 320, 320]);
    const listingSide = images.getByRole('region', { name: 'Listing images' });
    expect(await listingSide.locator('.comparison-image__name').allInnerTexts()).toEqual(['Image 1 · E2EIMG1.jpg', 'Image 2 · E2EIMG1_2.jpg']);
    expect(await listingSide.locator('.image-mark').allInnerTexts()).toEqual([expect.stringContaining('Official photo aubade-front.png of CV-AU-7001')]);
    expect(await images.getByRole('region', { name: 'Official photos' }).locator('.image-mark').allInnerTexts()).toEqual([expect.stringContaining('Reused as E2EIMG1_2.jpg')]);
    await detail().screenshot({ path: screenshotPath('review-detail-images.png') });

    // An image that cannot be shown says why, in the frame where its picture would be.
    await row('E2EIMG2').click();
    const listingImages = detail().getByRole('region', { name: 'Listing images' });
    await expect.poll(() => listingImages.locator('.comparison-image__name').allInnerTexts()).toEqual(['Image 1 · E2EIMG2.png']);
    await listingImages.scrollIntoViewIfNeeded();
    const problem = listingImages.locator('.thumbnail__problem');
    await expect.poll(() => problem.innerText()).toBe('The image E2EIMG2.png cannot be shown: it claims 100,000×100,000 pixels, more than the 100,000,000 allowed.');
    await detail().getByRole('group', { name: 'Images side by side' }).screenshot({ path: screenshotPath('review-detail-unreadable-image.png') });
  });

  it('raised no error in the page', () => {
    expect(station.pageErrors).toEqual([]);
  });
});

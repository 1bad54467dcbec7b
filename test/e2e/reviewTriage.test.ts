// Triage by keyboard in the real renderer (Debian's Chromium through `assay serve`) on a scored demo workspace:
// the review queue opens on the riskiest undecided listing beside its genuine product, three listings are decided
// with i, n and i (one skipped with s between), and the database agrees.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser';
import { openWorkstation, type Workstation } from '../support/workstation';

interface QueuePage {
  rows: { id: number; listingId: string; title: string; status: string }[];
}

describe('triaging the review queue by keyboard in a browser', () => {
  let station: Workstation;
  let page: Page;

  beforeAll(async () => {
    station = await openWorkstation({ listings: 300, seed: 9, score: true });
    page = station.page;
  });

  afterAll(() => station?.close());

  const queue = () => page.getByRole('region', { name: 'Review queue' });
  const current = () => queue().locator('article.review-current').getAttribute('aria-label');
  const custodyEvents = async () => ((await station.api('workspace.info', {})) as { counts: { custodyEvents: number } }).counts.custodyEvents;
  const statusOf = async (id: number) => ((await station.api('listings.get', { id })) as { status: string }).status;

  it('decides three listings with the keyboard alone and the statuses change in the workspace', async () => {
    const before = (await station.api('review.queue', { filter: { query: '', marketplaces: [], statuses: [] }, limit: 5 })) as QueuePage;
    const [first, second, third, fourth] = before.rows;
    const eventsBefore = await custodyEvents();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Listings/ }).click();
    await page.getByRole('button', { name: 'Review queue' }).click();
    await queue().waitFor();
    await expect.poll(current).toBe(`Listing ${first!.listingId}`);
    // The queue has the focus: no mouse from here on.
    expect(await queue().evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await queue().getByRole('region', { name: 'Comparison with the genuine product' }).locator('.comparison-table, .muted').first().waitFor();

    await page.keyboard.press('i');
    await expect.poll(current).toBe(`Listing ${second!.listingId}`);
    await page.keyboard.press('n');
    await expect.poll(current).toBe(`Listing ${third!.listingId}`);
    await page.keyboard.press('s');
    await expect.poll(current).toBe(`Listing ${fourth!.listingId}`);
    await page.keyboard.press('i');
    await expect.poll(() => queue().locator('.review-queue__announcement').textContent()).toContain('Marked infringing');

    expect(await statusOf(first!.id)).toBe('infringing');
    expect(await statusOf(second!.id)).toBe('not_infringing');
    expect(await statusOf(third!.id)).toBe(third!.status);
    expect(await statusOf(fourth!.id)).toBe('infringing');
    expect(await custodyEvents()).toBe(eventsBefore + 3);

    // k goes back to a decided listing, which stays in the list with its new status.
    await page.keyboard.press('k');
    await expect.poll(current).toBe(`Listing ${fourth!.listingId}`);
    const history = queue().getByRole('region', { name: 'History' });
    await expect.poll(() => history.innerText()).toMatch(/Marked infringing \(was (new|undecided)\)/);
    await page.screenshot({ path: screenshotPath('review-triage.png') });
  });

  it('goes back to the grid with Escape, where Space ticks rows for a bulk action', async () => {
    await page.keyboard.press('Escape');
    const grid = page.getByRole('grid', { name: 'Listings' });
    await grid.waitFor();
    await grid.locator('[role="row"][aria-rowindex="2"]').locator('[role="gridcell"]').nth(1).filter({ hasText: /\S/ }).waitFor();
    await grid.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
    await expect.poll(() => bar.innerText()).toContain('Acting on 2 selected listings.');
    await bar.getByRole('button', { name: 'Mark not infringing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark 2 listings not infringing?' });
    await dialog.waitFor();
    await page.screenshot({ path: screenshotPath('review-bulk-confirm.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('leaves a custody chain that verifies', async () => {
    const report = (await station.api('workspace.verify', {})) as { custody: { ok: boolean } };
    expect(report.custody.ok).toBe(true);
  });

  it('raised no error in the page', () => {
    expect(station.pageErrors).toEqual([]);
  });
});

// The Dashboard in Debian's Chromium on a scored demo workspace: every chart draws its SVG with data, the figures
// agree with the contract, filters live in the address, a bar clicks through to exactly its listings (with a
// removable chip saying why the list is short), exports download.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser';
import { openWorkstation, type Workstation } from '../support/workstation';

const CHARTS = ['listings-over-time', 'risk-histogram', 'price-vs-msrp', 'seller-clusters', 'findings-by-rule', 'case-funnel', 'takedowns-over-time', 'seller-locations'];

describe('the Dashboard in a browser', () => {
  let station: Workstation;
  let page: Page;
  let api: Workstation['api'];

  beforeAll(async () => {
    station = await openWorkstation({ listings: 3000, seed: 2, score: true });
    ({ page, api } = station);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Dashboard/ }).click();
  }, 120_000);

  afterAll(() => station?.close());

  const chart = (id: string) => page.locator(`[data-chart="${id}"]`);
  const marks = (id: string) => chart(id).locator('svg.recharts-surface').locator('.recharts-bar-rectangle path, .recharts-area-area, .recharts-scatter-symbol circle, .recharts-line-curve, circle.recharts-dot');

  it('draws every chart as an SVG with data, none of them empty', async () => {
    for (const id of CHARTS) {
      await expect.poll(() => chart(id).getAttribute('data-state'), { message: id }).toBe('ready');
      await expect.poll(() => marks(id).count(), { message: id }).toBeGreaterThan(0);
    }
    // The page scrolls inside its own pane, so the window is made tall enough to show every chart at once.
    await page.setViewportSize({ width: 1440, height: 2400 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('dashboard.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(station.pageErrors).toEqual([]);
  });

  it('shows the headline figures the contract computes', async () => {
    const h = (await api('dashboard.headline', { filter: {} })) as { listings: number; highRisk: number };
    const figures = page.getByRole('region', { name: 'Headline figures' });
    await expect.poll(() => figures.innerText()).toContain(h.listings.toLocaleString('en-US'));
    expect(await figures.innerText()).toContain(h.highRisk.toLocaleString('en-US'));
  });

  it('keeps the filters in the address and applies them to the figures', async () => {
    await page.getByRole('combobox', { name: 'Marketplace' }).selectOption('ebay');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/dashboard?marketplace=ebay');
    const h = (await api('dashboard.headline', { filter: { marketplace: 'ebay' } })) as { listings: number };
    const all = (await api('dashboard.headline', { filter: {} })) as { listings: number };
    expect(h.listings).toBeLessThan(all.listings);
    await expect.poll(() => page.getByRole('region', { name: 'Headline figures' }).innerText()).toContain(h.listings.toLocaleString('en-US'));
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Marketplace' }).inputValue()).toBe('ebay');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/dashboard');
  });

  it('exports a chart as SVG and its data as CSV', async () => {
    const exports = chart('findings-by-rule').getByRole('group', { name: /Export/ });
    const [svg] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'SVG' }).click()]);
    const svgText = fs.readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain('recharts-bar-rectangle');
    const [csv] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'CSV' }).click()]);
    const rules = (await api('dashboard.findingsByRule', { filter: {} })) as { rule: string; findings: number }[];
    const lines = fs.readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('rule,findings');
    expect(lines[1]).toBe(`${rules[0]!.rule},${rules[0]!.findings}`);
    const [png] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'PNG' }).click()]);
    expect(fs.readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
  });

  it('clicks a seller cluster bar through to that seller\'s listings', async () => {
    const clusters = (await api('dashboard.sellerClusters', { filter: {} })) as { searchName: string }[];
    const top = clusters[0]!.searchName;
    await chart('seller-clusters').locator('.recharts-bar-rectangle path').first().click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/listings');
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search listings' }).inputValue()).toBe(top);
    const expected = ((await api('listings.count', { query: top })) as { total: number }).total;
    expect(expected).toBeGreaterThan(0);
    const grid = page.getByRole('grid', { name: 'Listings' });
    await expect.poll(async () => Number(await grid.getAttribute('aria-rowcount')) - 1).toBe(expected);
    await page.screenshot({ path: screenshotPath('dashboard-click-through.png') });
  });

  const openDashboard = async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Dashboard/ }).click();
    await expect.poll(() => chart('risk-histogram').getAttribute('data-state')).toBe('ready');
  };
  const grid = () => page.getByRole('grid', { name: 'Listings' });
  const rowCount = async () => Number(await grid().getAttribute('aria-rowcount')) - 1;

  it('clicks a risk bin through to exactly its listings, shown by a chip that can be removed', async () => {
    await openDashboard();
    const { bins } = (await api('dashboard.riskHistogram', { filter: {} })) as { bins: { from: number; to: number; listings: number }[] };
    // The fullest high-risk bin: a real subset of the workspace, large enough to be worth checking.
    const index = bins.reduce((best, b, i) => (b.from >= 60 && b.listings > (bins[best]?.listings ?? 0) ? i : best), 6);
    const bin = bins[index]!;
    expect(bin.listings).toBeGreaterThan(0);
    expect(bin.listings).toBeLessThan(3000);
    await chart('risk-histogram').locator('.recharts-bar-rectangle').nth(index).locator('path').click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/listings');
    const chip = page.getByRole('group', { name: 'Also filtered by' });
    await expect.poll(() => chip.innerText()).toContain(`Risk ${bin.from}–${bin.to}`);
    await expect.poll(rowCount).toBe(bin.listings);
    expect(((await api('listings.count', { riskMin: bin.from, riskMax: bin.to })) as { total: number }).total).toBe(bin.listings);
    await page.getByRole('button', { name: `Remove filter Risk ${bin.from}–${bin.to}` }).click();
    await expect.poll(rowCount).toBe(3000);
    await expect.poll(() => chip.count()).toBe(0);
  });

  it('clicks a findings bar through to the listings with a finding of that rule', async () => {
    await openDashboard();
    const rules = (await api('dashboard.findingsByRule', { filter: {} })) as { rule: string; findings: number }[];
    const top = rules[0]!;
    await chart('findings-by-rule').locator('.recharts-bar-rectangle path').first().click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/listings');
    await expect.poll(() => page.getByRole('group', { name: 'Also filtered by' }).innerText()).toContain(`Rule: ${top.rule}`);
    // The bar counts findings; a listing may hold several findings of one rule, so it counts each listing once.
    const db = new Database(station.db, { readonly: true });
    const listings = (db.prepare('SELECT count(DISTINCT listing_id) AS n FROM finding WHERE rule = ?').get(top.rule) as { n: number }).n;
    db.close();
    expect(listings).toBeGreaterThan(0);
    expect(listings).toBeLessThanOrEqual(top.findings);
    await expect.poll(rowCount).toBe(listings);
  });

  it('clicks a band of listings over time through to that marketplace\'s listings first seen that week', async () => {
    await openDashboard();
    const overTime = (await api('dashboard.listingsOverTime', { filter: {} })) as { weeks: { week: string; byMarketplace: Record<string, number> }[] };
    // Just above the baseline in the middle of the chart, inside the lowest band (the stacked bands overlap as boxes).
    // Wait until the lowest band is drawn and its animation has settled (two reads of its box agree).
    const band = chart('listings-over-time').locator('.recharts-area-area').first();
    await band.waitFor({ state: 'visible' });
    let box = await band.boundingBox();
    await expect
      .poll(async () => {
        const now = await band.boundingBox();
        const settled = now !== null && box !== null && now.height > 10 && now.height === box.height && now.y === box.y;
        box = now;
        return settled;
      })
      .toBe(true);
    if (!box) throw new Error('the listings-over-time chart drew no band');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 3);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 3);
    await expect.poll(() => new URL(page.url()).hash).toBe('#/listings');
    const chipText = await page.getByRole('group', { name: 'Also filtered by' }).innerText();
    const [, from, to] = /First seen (\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})/.exec(chipText) ?? [];
    const week = overTime.weeks.find((w) => w.week === from);
    expect(week, chipText).toBeDefined();
    expect(new Date(`${to}T00:00:00Z`).getTime() - new Date(`${from}T00:00:00Z`).getTime()).toBe(6 * 86_400_000);
    // The band clicked is whichever marketplace lies under the pointer: the one ticked on the Listings page.
    const ticked = page.locator('input[id^="filter-marketplace-"]:checked');
    await expect.poll(() => ticked.count()).toBe(1);
    const marketplace = (await ticked.getAttribute('id'))!.slice('filter-marketplace-'.length);
    await expect.poll(rowCount).toBe(week!.byMarketplace[marketplace]);
  });
});

// The Dashboard in Debian's Chromium on a scored demo workspace: every chart draws its SVG with data, the figures
// agree with the contract, filters live in the address, a bar clicks through to the listings, exports download.
import fs from 'node:fs';
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
});

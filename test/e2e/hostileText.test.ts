// Listing text written to attack the reviewer: markup and script, javascript: addresses, bidi overrides and a
// 100 kB title. In the real renderer it all shows as text, nothing runs, and only a web address can be opened,
// after the person has seen it whole with the hidden characters written out.
import fs from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { screenshotPath } from '../support/browser';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';
import { openWorkstation, type Workstation } from '../support/workstation';

const SCRIPT_TITLE = '<script>window.__pwned = "script"</script><img src=x onerror="window.__pwned = \'img\'"> Corvanne tote';
const LONG_TITLE = `Corvanne ${'very long title '.repeat(6_700)}`;
const BIDI_URL = 'https://www.ebay.com/itm/123?file=\u202Egnp.exe';

describe('hostile listing text in the browser', () => {
  let station: Workstation;
  let page: Page;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    station = await openWorkstation({ listings: 200 });
    ({ page } = station);
    const file = path.join(tempDir(), 'hostile.csv');
    fs.writeFileSync(
      file,
      Papa.unparse([
        { marketplace: 'ebay', listing_id: 'H1', title: SCRIPT_TITLE, url: 'javascript:window.__pwned="link"', description: '<iframe src="https://evil.example"></iframe>', price: '12' },
        { marketplace: 'ebay', listing_id: 'H2', title: LONG_TITLE, url: BIDI_URL, description: 'normal', price: '12' },
      ]),
    );
    const imported = runAssay(['import', file, '--db', station.db, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    const page1 = (await station.api('listings.page', { filter: { query: '', marketplaces: [], statuses: [] }, sort: { column: 'last_seen', direction: 'desc' }, limit: 10 })) as { rows: { id: number; listingId: string }[] };
    for (const l of page1.rows) ids[l.listingId] = l.id;
    expect(ids.H1 && ids.H2).toBeTruthy();
  });

  afterAll(() => station?.close());

  it('shows markup in a title as text and runs none of it', async () => {
    await page.goto(`${station.server.url.split('#')[0]}#/listings/${ids.H1}`);
    await page.reload();
    await expect.poll(async () => (await page.locator('body').innerText()).includes(SCRIPT_TITLE)).toBe(true);
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await page.locator('iframe, img[src="x"]').count()).toBe(0);
    // A javascript: address is shown, never offered to open.
    expect(await page.getByRole('button', { name: 'Open the listing in your browser' }).count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(station.pageErrors).toEqual([]);
  });

  it('shows a 100 kB title without breaking the page, and a bidi-overridden address written out before it opens', async () => {
    await page.goto(`${station.server.url.split('#')[0]}#/listings/${ids.H2}`);
    await page.reload();
    const open = page.getByRole('button', { name: 'Open the listing in your browser' });
    await open.waitFor();
    await expect.poll(async () => (await page.locator('body').innerText()).includes('gnp.exe')).toBe(true);
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Open this address in your browser?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('?file=⟨U+202E⟩gnp.exe');
    expect(await dialog.innerText()).toContain('www.ebay.com');
    // This machine has no network, so the new tab fails to load; what matters is the address it asked for.
    const request = page.context().waitForEvent('request', (r) => r.url().includes('www.ebay.com'));
    await dialog.getByRole('button', { name: 'Open in browser' }).click();
    expect((await request).url()).toBe(new URL(BIDI_URL).href);
    await page.screenshot({ path: screenshotPath('hostile-listing-text.png') });
    expect(station.pageErrors).toEqual([]);
  });
});

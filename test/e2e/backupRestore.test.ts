// Restoring a backup from Settings in the real renderer (Debian's Chromium through `assay serve`): a backup made
// from Settings, a decision taken after it, then "Restore…" on that backup; the app checks it, swaps it in,
// reloads onto the restored workspace, and the decision is undone while the server keeps running.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser';
import { openWorkstation, type Workstation } from '../support/workstation';

describe('restoring a backup from Settings', () => {
  let station: Workstation;
  let page: Page;

  beforeAll(async () => {
    station = await openWorkstation({ listings: 150, seed: 5 });
    page = station.page;
  });

  afterAll(() => station?.close());

  const backupCard = () => page.locator('section[aria-labelledby="backups"]');
  const infringing = async () => ((await station.api('listings.count', { statuses: ['infringing'] })) as { total: number }).total;

  it('makes a backup, restores it after a change, and the change is undone', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Settings/ }).click();
    await backupCard().getByRole('button', { name: 'Back up now' }).click();
    await backupCard().getByText(/Backed up and verified/).waitFor();
    const before = await infringing();

    // A change after the backup: ten listings decided infringing, through the API as another window would.
    await station.api('review.decide', { target: { ids: Array.from({ length: 10 }, (_, i) => i + 1) }, decision: 'infringing' });
    const changed = await infringing();
    expect(changed).toBeGreaterThan(before);

    await backupCard().getByRole('button', { name: /^Restore assay-backup-.*…$/ }).first().click();
    const confirm = backupCard().getByRole('group', { name: /^Restore assay-backup-/ });
    await expect.poll(() => confirm.innerText()).toMatch(/checked first[\s\S]*\.assay-before-restore-…/);
    await page.screenshot({ path: screenshotPath('backup-restore-confirm.png') });
    // A mark on this page load, which the reload that workspace.replaced triggers wipes.
    await page.evaluate(() => ((globalThis as unknown as { beforeRestore: boolean }).beforeRestore = true));
    await confirm.getByRole('button', { name: /^Check and restore/ }).click();

    // The app reloads onto the restored workspace and says what the restore did and where the old one is kept.
    const done = backupCard().getByText(/^Restored .*all checked before anything was replaced\. The workspace it replaced is kept in .*\.assay-before-restore-/);
    await done.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { beforeRestore?: boolean }).beforeRestore ?? false)).toBe(false);
    expect(await infringing()).toBe(before);
    await done.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('backup-restored.png') });

    const verified = (await station.api('workspace.verify', {})) as { custody: { ok: boolean } };
    expect(verified.custody.ok).toBe(true);
    expect(station.pageErrors).toEqual([]);
  });

  it('refuses a damaged backup elsewhere, says why, and leaves the workspace as it was', async () => {
    const countBefore = await infringing();
    await backupCard().getByLabel('A backup elsewhere (full path)').fill('/tmp/no-such-assay-backup.zip');
    await backupCard().getByRole('form', { name: 'Restore a backup from elsewhere' }).getByRole('button', { name: 'Restore…' }).click();
    const confirm = backupCard().getByRole('group', { name: 'Restore /tmp/no-such-assay-backup.zip' });
    await confirm.getByRole('button', { name: /^Check and restore/ }).click();
    await confirm.getByRole('alert').waitFor();
    expect(await confirm.getByRole('alert').innerText()).toMatch(/Nothing was restored; the workspace is as it was\.[\s\S]*There is no backup at \/tmp\/no-such-assay-backup\.zip\./);
    expect(await infringing()).toBe(countBefore);
    await page.screenshot({ path: screenshotPath('backup-restore-refused.png') });
  });
});

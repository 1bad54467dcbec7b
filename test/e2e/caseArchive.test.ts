// Handing a case to another workstation in the real renderer (Debian's Chromium through `assay serve`): one
// workstation exports a case with "Export for another workstation", a second (another demo, its own key) imports
// that file from its Cases board, sees the sender's fingerprint marked as unknown, has to trust it explicitly, and
// then opens the imported case; both workspaces are checked through the contract.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser';
import { tempDir } from '../support/tempWorkspace';
import { openWorkstation, type Workstation } from '../support/workstation';

interface CaseGet {
  case: { name: string };
  listings: unknown[];
  evidence: unknown[];
}

async function openCases(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Cases/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
}

describe('handing a case to another workstation', () => {
  let sender: Workstation;
  let receiver: Workstation;
  let archive = '';
  let fingerprint = '';
  let caseName = '';
  let senderCaseId = 0;

  beforeAll(async () => {
    sender = await openWorkstation({ listings: 300, seed: 5 });
    receiver = await openWorkstation({ listings: 300, seed: 6 });
  });

  afterAll(async () => {
    await sender?.close();
    await receiver?.close();
  });

  it('exports a case from the case view and shows where the file went and the signing key', async () => {
    const page = sender.page;
    await openCases(page);
    const card = page.locator('a.case-card--link').first();
    caseName = await card.locator('.case-card__name').innerText();
    await card.click();
    await page.getByRole('heading', { level: 1, name: caseName }).waitFor();
    senderCaseId = Number(page.url().split('/').pop());
    // A piece of evidence, so its bytes travel too.
    const shot = path.join(tempDir(), 'listing-capture.png');
    fs.writeFileSync(shot, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('captured listing page, for the hand-off')]));
    const added = (await sender.api('evidence.add', { path: shot, originalName: 'listing-capture.png', caseId: senderCaseId })) as { newRow: boolean } | undefined;
    expect(added?.newRow).toBe(true);

    await page.getByRole('button', { name: 'Export for another workstation' }).click();
    const done = page.getByTestId('case-archive-exported');
    await done.waitFor();
    archive = await done.getByTestId('case-archive-path').innerText();
    fingerprint = await done.getByTestId('case-archive-fingerprint').innerText();
    expect(archive).toMatch(new RegExp(`/exports/case-${senderCaseId}-[a-z0-9-]+-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ\\.assaycase$`));
    expect(fs.statSync(archive).size).toBeGreaterThan(0);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const view = (await sender.api('cases.get', { caseId: senderCaseId })) as CaseGet;
    expect(await done.innerText()).toContain(`${view.listings.length} listing`);
    await done.getByRole('button', { name: "Copy the archive's path" }).waitFor();
    expect(await done.innerText()).toContain('1 evidence file');
    // The export is in the case's history.
    await expect.poll(() => page.getByRole('region', { name: 'History' }).innerText()).toContain(`Exported for another workstation: ${path.basename(archive)}`);
    await done.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('case-archive-export.png') });
    expect(sender.pageErrors).toEqual([]);
  });

  it('previews the archive on the second workstation, with the sender’s key shown as unknown', async () => {
    const page = receiver.page;
    await openCases(page);
    const casesBefore = ((await receiver.api('cases.list', {})) as unknown[]).length;
    await page.getByRole('button', { name: 'Import a case archive' }).click();
    await page.getByLabel('Case archive file').setInputFiles(archive);
    const preview = page.getByRole('group', { name: 'Case archive preview' });
    await preview.waitFor();
    expect(await preview.getByTestId('sender-fingerprint').innerText()).toBe(fingerprint);
    expect(await preview.locator('[data-key-status]').getAttribute('data-key-status')).toBe('unknown');
    expect(await preview.locator('[data-key-status]').innerText()).toBe('Unknown key: not trusted yet');
    expect(await preview.innerText()).toContain(caseName);
    expect(await preview.innerText()).toContain('open a new case');
    await preview.getByText('This workspace does not know the key that signed this archive.').waitFor();
    // The only way forward is to accept the key explicitly.
    expect(await preview.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    await preview.getByRole('button', { name: 'Trust this key and import' }).waitFor();
    await page.screenshot({ path: screenshotPath('case-archive-preview.png'), fullPage: true });
    // The preview wrote nothing: no case was opened.
    expect(((await receiver.api('cases.list', {})) as unknown[]).length).toBe(casesBefore);
    expect(receiver.pageErrors).toEqual([]);
  });

  it('imports once the key is trusted, says whether anything conflicts, and opens the imported case', async () => {
    const page = receiver.page;
    const before = ((await receiver.api('cases.list', {})) as unknown[]).length;
    const cards = page.locator('a.case-card--link', { hasText: caseName });
    const cardsBefore = await cards.count();
    await page.getByRole('button', { name: 'Trust this key and import' }).click();
    const result = page.getByTestId('case-archive-imported');
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain(`Imported “${caseName}” as case #`);
    expect(text).toContain('1 evidence file added');
    expect(text).toContain('The sender’s key is trusted from now on.');
    expect(text).toMatch(/No conflicts|conflicts?; this workspace's value is kept in each/);
    await page.screenshot({ path: screenshotPath('case-archive-imported.png'), fullPage: true });
    expect(((await receiver.api('cases.list', {})) as unknown[]).length).toBe(before + 1);
    // The board and the sidebar's count show the new case without a reload.
    await expect.poll(() => cards.count()).toBe(cardsBefore + 1);
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Cases/ }).innerText()).toContain(String(before + 1));

    await result.getByRole('link', { name: 'Open the case' }).click();
    await page.getByRole('heading', { level: 1, name: caseName }).waitFor();
    const importedId = Number(page.url().split('/').pop());
    const sent = (await sender.api('cases.get', { caseId: senderCaseId })) as CaseGet;
    const got = (await receiver.api('cases.get', { caseId: importedId })) as CaseGet;
    expect(got.case.name).toBe(caseName);
    expect(got.listings).toHaveLength(sent.listings.length);
    expect(got.evidence).toHaveLength(sent.evidence.length);
    await page.locator('table.case-listings tbody tr').first().waitFor();
    await page.screenshot({ path: screenshotPath('case-archive-imported-case.png') });

    // A second preview of the same file now knows the key and the case.
    await openCases(page);
    await page.getByRole('button', { name: 'Import a case archive' }).click();
    await page.getByLabel('Case archive file').setInputFiles(archive);
    const again = page.getByRole('group', { name: 'Case archive preview' });
    await again.waitFor();
    expect(await again.locator('[data-key-status]').getAttribute('data-key-status')).toBe('known');
    expect(await again.innerText()).toContain(`merge into case #${importedId}`);
    await again.getByRole('button', { name: 'Import', exact: true }).waitFor();
    expect(receiver.pageErrors).toEqual([]);
  });
});

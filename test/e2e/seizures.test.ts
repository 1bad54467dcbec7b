// Examining the demo seizure in the real renderer (Debian's Chromium through `assay serve`): the list by deadline
// with its warning, the seizure's lines and progress, one line examined by keyboard alone, its product corrected and
// its unit measured; then a seizure recorded through the form, its inventory imported from a file the test writes,
// and a document received added; each checked against the database through the contract. Screenshots go to
// test-results/e2e/.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductSummary } from '../../electron/api/contract';
import type { SeizedLineDetail, SeizureDetail, SeizureSummary } from '../../electron/api/seizureContract';
import { sha256Hex } from '../../electron/core/hashing';
import { screenshotPath } from '../support/browser';
import { tempDir } from '../support/tempWorkspace';
import { openWorkstation, type Workstation } from '../support/workstation';

describe('examining a seizure in a browser', () => {
  let station: Workstation;
  let page: Page;

  beforeAll(async () => {
    station = await openWorkstation({ listings: 100, seed: 1 });
    page = station.page;
  });

  afterAll(() => station?.close());

  it('lists the demo seizure with its passed deadline flagged and its progress', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Seizures/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Seizures');
    const row = page.getByRole('row', { name: /NL-RTM-2025-014817/ });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Deadline passed/);
    expect(await row.innerText()).toMatch(/5 of 40 lines examined/);
  });

  it('opens the seizure with its lines, and examines line 6 by keyboard', async () => {
    await page.getByRole('button', { name: 'NL-RTM-2025-014817' }).click();
    await page.getByRole('heading', { level: 1, name: 'Seizure NL-RTM-2025-014817' }).waitFor();
    await expect.poll(() => page.locator('.seizure-lines tbody tr').count()).toBe(40);
    await page.getByRole('alert').filter({ hasText: 'The deadline has passed.' }).waitFor();
    await page.screenshot({ path: screenshotPath('seizure-lines.png'), fullPage: false });

    await page.getByRole('button', { name: 'Examine line 6' }).click();
    await page.getByRole('heading', { level: 1, name: 'Line 6' }).waitFor();
    const examiner = page.locator('#examiner-name');
    await examiner.fill('Inès Fauvel');
    await examiner.press('Escape');
    await page.keyboard.press('f');
    await page.keyboard.press('p');
    await page.keyboard.press('n');
    await page.keyboard.press('c');
    await page.getByText('Verdict: Counterfeit').waitFor();
    await page.screenshot({ path: screenshotPath('seizure-examination.png'), fullPage: false });

    const detail = (await station.api('seizures.get', { id: 1 })) as SeizureDetail;
    const line = detail.lineRows.find((l) => l.lineNo === 6)!;
    expect(line).toMatchObject({ verdict: 'counterfeit', examiner: 'Inès Fauvel' });
    expect(line.reasons).toMatch(/^Failed: /);
    const checks = ((await station.api('seizures.line', { lineId: line.id })) as SeizedLineDetail).checks.slice(0, 3).map((c) => c.result);
    expect(checks).toEqual(['fail', 'pass', 'not_checked']);
    expect(detail.examined).toBe(6);

    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 1, name: 'Line 7' }).waitFor();
  });

  it('corrects the product of line 7 from the keyboard and saves its measurements with Enter', async () => {
    const before = ((await station.api('seizures.get', { id: 1 })) as SeizureDetail).lineRows.find((l) => l.lineNo === 7)!;
    const products = (await station.api('products.list', {})) as ProductSummary[];
    const other = products.find((p) => p.id !== before.product?.id)!;
    const chooser = page.getByLabel('Product SKU or name');
    await chooser.fill(other.sku);
    await chooser.press('Enter');
    await page.getByRole('form', { name: 'Matched product' }).getByText(`${other.sku} ${other.name} · chosen by the examiner`).waitFor();

    await page.getByLabel('Weight (g)').fill('812,5');
    await page.getByLabel('Length (mm)').fill('300');
    await page.getByLabel('Height (mm)').fill('-4');
    await page.getByLabel('Height (mm)').press('Enter');
    await page.getByText('The height “-4” is not a positive number of millimetres.').waitFor();
    await page.getByLabel('Height (mm)').fill('');
    await page.getByLabel('Height (mm)').press('Enter');
    await page.getByText('Saved; the automatic checks were run again.').waitFor();
    await page.getByRole('form', { name: 'Measurements' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('seizure-corrections.png') });

    const after = (await station.api('seizures.line', { lineId: before.id })) as SeizedLineDetail;
    expect(after).toMatchObject({ product: { id: other.id, sku: other.sku }, matchMethod: 'examiner', weightG: 812.5, lengthMm: 300, heightMm: null });
  });

  it('records a new seizure through the form, imports its inventory from a CSV, and shows the lines and the flagged row', async () => {
    await page.getByRole('button', { name: 'Back to the seizure' }).click();
    await page.getByRole('button', { name: 'All seizures' }).click();
    await page.getByRole('button', { name: 'New seizure' }).click();
    const form = page.getByRole('form', { name: 'New seizure' });
    await form.getByRole('button', { name: 'Record the seizure' }).click();
    await form.getByText('Name the authority that detained the goods').waitFor();
    await form.getByLabel('Authority').fill('US CBP');
    await form.getByLabel('Reference').fill('CBP-2026-E2E-31');
    await form.getByLabel('Port or office').fill('JFK Airport');
    await form.getByLabel('Detained on').fill('2026-11-02');
    await form.getByLabel('Deadline to answer').fill('2099-01-05');
    await form.getByLabel('Transport').selectOption('air');
    await form.getByLabel('Country of origin').fill('CN');
    await form.getByLabel('Consignee').fill('J. Doe, Queens NY');
    await page.screenshot({ path: screenshotPath('seizure-new-form.png') });
    expect(await form.getByText('Name the authority that detained the goods').count()).toBe(0);
    await form.getByRole('button', { name: 'Record the seizure' }).click();
    await page.getByRole('heading', { level: 1, name: 'Seizure CBP-2026-E2E-31' }).waitFor();
    const created = ((await station.api('seizures.list', {})) as SeizureSummary[]).find((s) => s.reference === 'CBP-2026-E2E-31')!;
    expect((await station.api('seizures.get', { id: created.id })) as SeizureDetail).toMatchObject({
      authority: 'US CBP', office: 'JFK Airport', detainedOn: '2026-11-02', deadlineOn: '2099-01-05', transportMode: 'air', originCountry: 'CN', consignee: 'J. Doe, Queens NY', lines: 0,
    });

    const inventory = path.join(tempDir(), 'cbp-inventory.csv');
    fs.writeFileSync(
      inventory,
      "Line No,Description,Brand,Model/Style,Pieces,Declared Value,Currency,Serial Numbers,UPC/EAN\n" +
        '1,Handbags,Corvanne,Aurelle Top-Handle Bag,12,480,USD,"CVA-100001; CVA-100002 CVA-100001",\n' +
        '2,Belts,Corvanne,Boucle C Reversible Belt 35 mm,0,30,USD,,\n' +
        "3,Wallets,Corvanne,Quill Bifold Wallet,25,250,USD,,'7640175000000\n",
    );
    await page.getByRole('button', { name: 'Import inventory' }).click();
    await page.getByLabel('Inventory file').setInputFiles(inventory);
    const mapping = page.getByRole('region', { name: 'Column mapping' });
    await mapping.waitFor();
    expect(await page.locator('#map-quantity').inputValue()).toBe('Pieces');
    expect(await page.locator('#map-serials').inputValue()).toBe('Serial Numbers');
    await page.locator('#map-quantity').selectOption('');
    await page.getByText('Choose the column that holds the quantity').waitFor();
    expect(await page.getByRole('button', { name: 'Import the lines' }).isDisabled()).toBe(true);
    await page.locator('#map-quantity').selectOption('Pieces');
    await mapping.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('seizure-import-mapping.png') });
    await page.getByRole('button', { name: 'Import the lines' }).click();
    await page.getByText('Imported cbp-inventory.csv.').waitFor();
    await page.getByText('1 line was flagged and kept as entered.').waitFor();
    await page.getByText(/Line 2: Row 3: the quantity is 0/).waitFor();
    await expect.poll(() => page.locator('.seizure-lines tbody tr').count()).toBe(3);
    await page.screenshot({ path: screenshotPath('seizure-imported.png') });

    const detail = (await station.api('seizures.get', { id: created.id })) as SeizureDetail;
    expect(detail.lineRows.map((l) => [l.lineNo, l.quantity, l.serials])).toEqual([
      [1, 12, 2],
      [2, 0, 0],
      [3, 25, 0],
    ]);
    expect(detail.flagged).toBe(1);
  });

  it('adds documents received to the seizure, chosen and dropped, and lists them with their SHA-256', async () => {
    const notice = path.join(tempDir(), 'CBP notice of detention.pdf');
    const bytes = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    fs.writeFileSync(notice, bytes);
    await page.locator('input[aria-label="Document files"]').setInputFiles(notice);
    await page.getByText('1 document added.').waitFor();
    const row = page.locator('.seizure-documents tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('CBP notice of detention.pdf');
    expect(await row.innerText()).toContain(sha256Hex(bytes).slice(0, 10));
    // A file dropped on the zone, as the browser hands it over (the test runs under Node, so the page builds it).
    const dropped = await page.evaluateHandle(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Inventory scan, page 1 of 1'], 'inventory-scan.txt', { type: 'text/plain' }));
      return transfer;
    })()`);
    await page.getByTestId('seizure-documents-drop').dispatchEvent('drop', { dataTransfer: dropped });
    await expect.poll(() => row.count()).toBe(2);
    expect(await row.nth(1).innerText()).toContain('inventory-scan.txt');
    await page.getByRole('region', { name: 'Documents received' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('seizure-documents.png') });

    const created = ((await station.api('seizures.list', {})) as SeizureSummary[]).find((s) => s.reference === 'CBP-2026-E2E-31')!;
    const { documents } = (await station.api('seizures.get', { id: created.id })) as SeizureDetail;
    expect(documents).toMatchObject([
      { name: 'CBP notice of detention.pdf', sha256: sha256Hex(bytes), size: bytes.length, mediaType: 'application/pdf' },
      { name: 'inventory-scan.txt', sha256: sha256Hex('Inventory scan, page 1 of 1'), mediaType: 'text/plain' },
    ]);
  });

  it('raised no error in the page', () => {
    expect(station.pageErrors).toEqual([]);
  });
});

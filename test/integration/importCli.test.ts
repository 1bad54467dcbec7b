// `assay import`, `assay products import` and `assay imports …` as a person runs them.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

describe('assay import', () => {
  const dir = tempDir();
  const db = path.join(dir, 'w.db');
  const file = path.join(dir, 'export.csv');

  beforeAll(() => {
    expect(runAssay(['demo', '--db', db, '--listings', '10']).code).toBe(0);
    fs.writeFileSync(file, 'Item ID;Product Name;Price;Store Name\n5001;Corvanne replica tote;US $25.00;Bag City\n5002;Corvanne wallet 1:1;1.299,00 €;Bag City\n;No identity at all;US $1.00;Bag City\n');
  });

  it('prints one JSON object with the counts and exits 0 even when rows were rejected', () => {
    const out = runAssay(['import', file, '--db', db, '--marketplace', 'ebay', '--json']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const summary = JSON.parse(out.stdout) as Record<string, number>;
    expect(summary).toMatchObject({ read: 3, imported: 2, updated: 0, rejected: 1 });
    expect(summary.import_id).toBeGreaterThan(0);
    const raw = new Database(db, { readonly: true });
    const eur = raw.prepare("SELECT price, currency FROM listing WHERE listing_id = '5002'").get() as { price: number; currency: string };
    raw.close();
    expect(eur).toEqual({ price: 1299, currency: 'EUR' });
  });

  it('lists the rejected rows and exports them as CSV to fix and re-import', () => {
    const id = JSON.parse(runAssay(['imports', 'list', '--db', db, '--json']).stdout.trim().split('\n')[0]!).id as number;
    const listed = runAssay(['imports', 'rejections', '--db', db, '--import', String(id)]);
    expect(listed.stdout).toMatch(/^row 4: Row 4/m);
    const csv = runAssay(['imports', 'rejections', '--db', db, '--import', String(id), '--csv']).stdout;
    expect(csv.split('\r\n')[0]).toBe('Item ID,Product Name,Price,Store Name,Rejected row,Rejected column,Reason');
  });

  it('refuses the same file again without --again', () => {
    const out = runAssay(['import', file, '--db', db, '--marketplace', 'ebay']);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toMatch(/already imported .* --again/);
    expect(runAssay(['import', file, '--db', db, '--marketplace', 'ebay', '--again', '--json']).code).toBe(0);
  });

  it('takes --map FIELD=COLUMN over the suggestion, and names a column that is not there', () => {
    const out = runAssay(['import', file, '--db', db, '--marketplace', 'ebay', '--again', '--map', 'price=Preis']);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toMatch(/Preis/);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says which file is missing, in one sentence', () => {
    const out = runAssay(['import', path.join(dir, 'nope.csv'), '--db', db]);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toMatch(/There is no file at .*nope\.csv/);
  });

  it('says so, keeping nothing, when another program holds the workspace for writing past the wait', () => {
    const other = path.join(dir, 'while-locked.csv');
    fs.writeFileSync(other, 'Item ID;Product Name;Price;Store Name\n7001;Corvanne tote;US $25.00;Bag City\n');
    // Another program (here, this test's own connection) is in the middle of writing.
    const holder = new Database(db);
    const importsBefore = holder.prepare('SELECT count(*) FROM import').pluck().get();
    holder.exec('BEGIN IMMEDIATE');
    let out: ReturnType<typeof runAssay>;
    try {
      out = runAssay(['import', other, '--db', db, '--marketplace', 'ebay']);
    } finally {
      holder.exec('ROLLBACK');
    }
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(
      'assay: The import of while-locked.csv stopped because another task was writing to the workspace and did not finish in time (an import, a scoring run, or another Assay program on the same file). Nothing from it was kept. Try again when that has finished.\n',
    );
    expect(holder.prepare('SELECT count(*) FROM import').pluck().get()).toBe(importsBefore);
    expect(holder.prepare("SELECT count(*) FROM listing WHERE listing_id = '7001'").pluck().get()).toBe(0);
    holder.close();
    expect(runAssay(['import', other, '--db', db, '--marketplace', 'ebay']).code).toBe(0);
  }, 30_000);

  it('undoes an import', () => {
    const id = JSON.parse(runAssay(['imports', 'list', '--db', db, '--json']).stdout.trim().split('\n')[0]!).id as number;
    expect(runAssay(['imports', 'undo', '--db', db, '--import', String(id)]).code).toBe(0);
    expect(JSON.parse(runAssay(['imports', 'list', '--db', db, '--json']).stdout.trim().split('\n')[0]!)).toMatchObject({ id, status: 'undone' });
  });
});

describe('assay products import', () => {
  it('imports a specification sheet for a brand', () => {
    const dir = tempDir();
    const db = path.join(dir, 'p.db');
    expect(runAssay(['demo', '--db', db, '--listings', '0']).code).toBe(0);
    const file = path.join(dir, 'specs.csv');
    fs.writeFileSync(
      file,
      'SKU,Name,MSRP,Currency,Materials,Dimensions,Weight,GTIN,Serial pattern\nNW-1,North Tote,450.00,EUR,Leather | Brass,30 x 20 x 10 cm,1.2 kg,4006381333931,^NW\\d{6}$\nNW-2,North Wallet,"1.299,00",EUR,Leather,,350 g,,\n,No SKU,10,EUR,,,,,\n',
    );
    const out = runAssay(['products', 'import', file, '--db', db, '--brand', 'Northwind', '--json']);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toMatchObject({ read: 3, imported: 2, rejected: 1 });
    const raw = new Database(db, { readonly: true });
    const p = raw.prepare("SELECT p.*, b.name AS brand FROM product p JOIN brand b ON b.id = p.brand_id WHERE sku = 'NW-1'").get() as Record<string, unknown>;
    raw.close();
    expect(p).toMatchObject({ brand: 'Northwind', msrp: 450, currency: 'EUR', length_mm: 300, width_mm: 200, height_mm: 100, weight_g: 1200, serial_pattern: '^NW\\d{6}$' });
    expect(JSON.parse(p.materials as string)).toEqual(['Leather', 'Brass']);
    expect(JSON.parse(p.gtins as string)).toEqual(['4006381333931']);
  });
});

// Bad input through `assay score` on real workspaces, as the issue lists it: a listing with no title, a price of
// zero or below, an unknown currency ("cannot compare price", not a crash), a product with no MSRP, and a
// catalogue of 0 products. Each is imported as a person would, scored, and read back with `assay listings --json`.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAssay } from '../support/runAssay';
import { newWorkspace, tempDir } from '../support/tempWorkspace';

type Line = { listing_id: string; product_sku: string | null; risk_score: number | null; findings: { rule: string; severity: string; message: string }[] };

const readListings = (db: string) => new Map(runAssay(['listings', '--db', db, '--json']).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line).map((l) => [l.listing_id, l]));

describe('assay score on bad input', () => {
  const dir = tempDir();
  const db = path.join(dir, 'bad.db');
  let summary: { listings: number; scored: number; bands: Record<string, number> };

  beforeAll(() => {
    expect(runAssay(['demo', '--db', db, '--listings', '0']).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'specs.csv'), 'sku,name,msrp,currency\nCV-NM-0001,Nimbus Travel Pouch,,\n');
    expect(runAssay(['products', 'import', path.join(dir, 'specs.csv'), '--db', db, '--brand', 'Corvanne']).code).toBe(0);
    fs.writeFileSync(
      path.join(dir, 'listings.csv'),
      [
        'Item ID,Title,Price,Currency,Seller',
        'NOTITLE,,100,USD,shopA',
        'ZERO,Corvanne Aurelle Tote 34,0,USD,shopB',
        'NEGATIVE,Corvanne Aurelle Tote 34,-5,USD,shopC',
        'XYZ,Corvanne Aurelle Tote 34,500,XYZ,shopD',
        'NOMSRP,Corvanne Nimbus Travel Pouch,3,USD,shopE',
      ].join('\n'),
    );
    const imported = runAssay(['import', path.join(dir, 'listings.csv'), '--db', db, '--marketplace', 'ebay', '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ imported: 5, rejected: 0 });
    const scored = runAssay(['score', '--db', db, '--json']);
    expect(scored.stderr).toBe('');
    summary = JSON.parse(scored.stdout);
  });

  it('scores every listing, bad ones included', () => {
    expect(summary).toMatchObject({ listings: 5, scored: 5 });
    for (const l of readListings(db).values()) expect(typeof l.risk_score, l.listing_id).toBe('number');
  });

  it('scores a listing with no title without a finding to invent', () => {
    const l = readListings(db).get('NOTITLE')!;
    expect(l.product_sku).toBeNull();
    expect(l.risk_score).toBe(0);
  });

  it('says a price of zero or below is no genuine offer, naming the price', () => {
    const all = readListings(db);
    expect(all.get('ZERO')!.findings).toContainEqual(expect.objectContaining({ rule: 'price.not_positive', message: 'Listed at US$0.00; a price of zero or below is not a genuine offer of Aurelle Tote 34.' }));
    expect(all.get('NEGATIVE')!.findings).toContainEqual(expect.objectContaining({ rule: 'price.not_positive', message: expect.stringContaining('US$5.00; a price of zero or below') }));
  });

  it('gives "cannot compare price" for an unknown currency, instead of crashing or guessing', () => {
    const l = readListings(db).get('XYZ')!;
    expect(l.product_sku).toBe('CV-BG-1001');
    expect(l.findings).toContainEqual({ rule: 'price.cannot_compare', severity: 'info', message: 'Listed at XYZ 500.00: cannot compare price, because there is no exchange rate for XYZ.' });
    expect(l.findings.some((f) => f.rule === 'price.below_msrp_share')).toBe(false);
  });

  it('compares no price against a product with no MSRP, even one listed at US$3', () => {
    const l = readListings(db).get('NOMSRP')!;
    expect(l.product_sku).toBe('CV-NM-0001');
    expect(l.findings.filter((f) => f.rule.startsWith('price.'))).toEqual([]);
  });
});

describe('assay score with a catalogue of 0 products', () => {
  it('scores every listing as matched to nothing, still running the rules that need no product', () => {
    const ws = newWorkspace();
    const db = ws.dbPath;
    ws.close();
    const file = path.join(path.dirname(db), 'listings.csv');
    fs.writeFileSync(file, 'Item ID,Title,Price,Currency,Seller\nA1,Corvanne replica tote 1:1,20,USD,shopA\nA2,,0,USD,shopB\nA3,Plain canvas bag,15,XYZ,shopC\n');
    expect(runAssay(['import', file, '--db', db, '--marketplace', 'ebay']).code).toBe(0);
    const out = runAssay(['score', '--db', db, '--json']);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toMatchObject({ listings: 3, scored: 3, matched: 0 });
    const all = readListings(db);
    expect([...all.values()].every((l) => l.product_sku === null)).toBe(true);
    expect(all.get('A1')!.findings.map((f) => f.rule)).toContain('vocabulary.counterfeit_term');
    expect(all.get('A1')!.risk_score).toBeGreaterThan(0);
  });
});

// Importing listing files end to end against real workspaces: counts, nothing lost, re-imports, undo, atomicity.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyCustodyLog } from '../../electron/core/cases/custodyLog';
import { listImports, listRejections } from '../../electron/core/db/importsRepository';
import { getListing } from '../../electron/core/db/listingsRepository';
import { openWorkspace } from '../../electron/core/db/openWorkspace';
import { AssayError } from '../../electron/core/errors';
import { importFile, type ImportRequest } from '../../electron/core/imports/importFile';
import { undoImport } from '../../electron/core/imports/undoImport';
import { assayBin, repoRoot, runAssay } from '../support/runAssay';
import { newWorkspace, tempDir } from '../support/tempWorkspace';

const HEADER = 'marketplace,item id,title,price,store name,product url\n';
const ROWS = [
  'ebay,111,Corvanne Aurelle Tote replica,US $89.00,bags4u,https://www.ebay.com/itm/111',
  'ebay,112,Corvanne Quill wallet AAA,US $19.99,bags4u,https://www.ebay.com/itm/112',
  'aliexpress,1005001,高仿 Corvanne 手表,¥88,Shenzhen Best,https://www.aliexpress.com/item/1005001.html',
  'dhgate,900,Corvanne sneakers 1:1,12.99 - 15.99 USD,shoe_king,https://www.dhgate.com/product/x/900.html',
];

function csvFile(name: string, lines: string[], header = HEADER): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, header + lines.join('\n') + '\n');
  return file;
}

const request = (file: string, overrides: Partial<ImportRequest> = {}): ImportRequest => ({
  kind: 'listings',
  file,
  options: {},
  mapping: { marketplace: 'marketplace', listing_id: 'item id', title: 'title', price: 'price', seller_name: 'store name', url: 'product url' },
  marketplace: null,
  brand: null,
  again: false,
  actor: 'tester',
  ...overrides,
});

const count = (db: Database.Database, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

describe('importing a listing file', () => {
  it('imports every row, keeps each original row and links it to its import', async () => {
    const ws = newWorkspace();
    const summary = await importFile(ws, request(csvFile('a.csv', ROWS)));
    expect(summary.status).toBe('completed');
    expect(summary.counts).toEqual({ read: 4, new: 4, updated: 0, unchanged: 0, rejected: 0 });
    const row = ws.db.prepare("SELECT * FROM listing WHERE listing_id = '900'").get() as Record<string, unknown>;
    expect(row.price).toBe(12.99);
    expect(row.price_max).toBe(15.99);
    expect(row.currency).toBe('USD');
    expect(row.import_id).toBe(summary.id);
    expect(getListing(ws.db, row.id as number).raw).toEqual({
      marketplace: 'dhgate',
      'item id': '900',
      title: 'Corvanne sneakers 1:1',
      price: '12.99 - 15.99 USD',
      'store name': 'shoe_king',
      'product url': 'https://www.dhgate.com/product/x/900.html',
    });
    const cny = ws.db.prepare("SELECT currency, price_normalised FROM listing WHERE listing_id = '1005001'").get() as { currency: string; price_normalised: number };
    expect(cny.currency).toBe('CNY');
    expect(cny.price_normalised).toBeCloseTo(88 * 0.1395, 2);
  });

  it('records the file, its SHA-256, size, mapping, counts, duration and a custody event', async () => {
    const ws = newWorkspace();
    const file = csvFile('b.csv', ROWS);
    const summary = await importFile(ws, request(file));
    expect(summary.fileName).toBe('b.csv');
    expect(summary.size).toBe(fs.statSync(file).size);
    expect(summary.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.mapping.price).toBe('price');
    expect(summary.durationMs).toBeGreaterThanOrEqual(0);
    const event = ws.db.prepare("SELECT * FROM custody_event WHERE action = 'import.completed'").get() as { subject_id: string; details: string };
    expect(event.subject_id).toBe(String(summary.id));
    expect(JSON.parse(event.details)).toMatchObject({ sha256: summary.sha256, counts: { new: 4 } });
    expect(await verifyCustodyLog(ws.db)).toMatchObject({ ok: true });
  });

  it('recognises the same file by its hash and refuses it unless asked to import again', async () => {
    const ws = newWorkspace();
    const file = csvFile('c.csv', ROWS);
    const first = await importFile(ws, request(file));
    await expect(importFile(ws, request(file))).rejects.toThrow(new RegExp(`already imported .* as import ${first.id}`));
    const again = await importFile(ws, request(file, { again: true }));
    expect(again.counts).toEqual({ read: 4, new: 0, updated: 0, unchanged: 4, rejected: 0 });
    expect(count(ws.db, 'SELECT count(*) AS n FROM listing')).toBe(4);
  });

  it('updates listings on re-import, keeping price history and first and last seen, never duplicating', async () => {
    const ws = newWorkspace();
    await importFile(ws, request(csvFile('d1.csv', ROWS)), { now: () => new Date('2026-01-01T00:00:00Z') });
    const changed = [ROWS[0]!.replace('US $89.00', 'US $79.00'), ...ROWS.slice(1)];
    const second = await importFile(ws, request(csvFile('d2.csv', changed)), { now: () => new Date('2026-02-01T00:00:00Z') });
    expect(second.counts).toEqual({ read: 4, new: 0, updated: 1, unchanged: 3, rejected: 0 });
    const l = ws.db.prepare("SELECT id, price, first_seen, last_seen FROM listing WHERE listing_id = '111'").get() as { id: number; price: number; first_seen: string; last_seen: string };
    expect(l.price).toBe(79);
    expect(l.first_seen.slice(0, 10)).toBe('2026-01-01');
    expect(l.last_seen.slice(0, 10)).toBe('2026-02-01');
    const history = ws.db.prepare('SELECT price FROM listing_price WHERE listing_id = ? ORDER BY seen_at').all(l.id) as { price: number }[];
    expect(history.map((h) => h.price)).toEqual([89, 79]);
    expect(count(ws.db, 'SELECT count(*) AS n FROM listing')).toBe(4);
  });

  it("gives back each listing's original row exactly, across re-imports with other columns and an undo", async () => {
    const ws = newWorkspace();
    const first = await importFile(ws, request(csvFile('k1.csv', ROWS)));
    // The same listings from an export with other columns, in another order, one with a changed price and padded title.
    const header = 'product url,Preis,title,item id,marketplace,note,store name\n';
    const second = await importFile(
      ws,
      request(csvFile('k2.csv', ['https://www.ebay.com/itm/111,US $79.00,  Corvanne Aurelle Tote replica ,111,ebay,n/a,bags4u', 'https://www.ebay.com/itm/112,US $19.99,Corvanne Quill wallet AAA,112,ebay,"a, b",bags4u'], header), {
        mapping: { url: 'product url', price: 'Preis', title: 'title', listing_id: 'item id', marketplace: 'marketplace', seller_name: 'store name' },
      }),
    );
    expect(second.counts).toMatchObject({ updated: 1, unchanged: 1 });
    const idOf = (listingId: string) => (ws.db.prepare('SELECT id FROM listing WHERE listing_id = ?').get(listingId) as { id: number }).id;
    expect(getListing(ws.db, idOf('111')).raw).toEqual({ 'product url': 'https://www.ebay.com/itm/111', Preis: 'US $79.00', title: '  Corvanne Aurelle Tote replica ', 'item id': '111', marketplace: 'ebay', note: 'n/a', 'store name': 'bags4u' });
    // Unchanged by the second file, so it keeps the row the first file gave it.
    expect(getListing(ws.db, idOf('112')).raw).toEqual({ marketplace: 'ebay', 'item id': '112', title: 'Corvanne Quill wallet AAA', price: 'US $19.99', 'store name': 'bags4u', 'product url': 'https://www.ebay.com/itm/112' });
    undoImport(ws, second.id, 'tester');
    expect(getListing(ws.db, idOf('111')).raw).toEqual({ marketplace: 'ebay', 'item id': '111', title: 'Corvanne Aurelle Tote replica', price: 'US $89.00', 'store name': 'bags4u', 'product url': 'https://www.ebay.com/itm/111' });
    expect(first.status).toBe('completed');
  });

  it('derives the listing id from the URL when the file has no id column', async () => {
    const ws = newWorkspace();
    const file = csvFile('e.csv', ['Nice bag,https://www.aliexpress.com/item/1005006123456789.html?spm=abc', 'Watch,https://item.taobao.com/item.htm?id=612345678901&ali_trackid=x'], 'title,link\n');
    const summary = await importFile(ws, request(file, { mapping: { title: 'title', url: 'link' } }));
    expect(summary.counts.new).toBe(2);
    const ids = (ws.db.prepare('SELECT marketplace, listing_id FROM listing ORDER BY id').all() as { marketplace: string; listing_id: string }[]).map((r) => `${r.marketplace}:${r.listing_id}`);
    expect(ids).toEqual(['aliexpress:1005006123456789', 'taobao:612345678901']);
  });

  it('imports a row without currency, seller or description, and rejects only rows it cannot identify or read', async () => {
    const ws = newWorkspace();
    const file = csvFile('f.csv', ['ebay,201,Plain listing,,,', 'ebay,,No id and no URL,5.00,x,', 'ebay,203,Bad price,about five dollars,x,']);
    const summary = await importFile(ws, request(file));
    expect(summary.counts).toMatchObject({ read: 3, new: 1, rejected: 2 });
    const rejected = listRejections(ws.db, summary.id, 0, 10);
    expect(rejected.map((r) => r.rowNumber)).toEqual([3, 4]);
    expect(rejected[0]!.reason).toMatch(/Row 3/);
    expect(rejected[1]).toMatchObject({ column: 'price' });
    expect(rejected[1]!.reason).toMatch(/Row 4: the price "about five dollars"/);
    expect(JSON.parse(rejected[1]!.raw)).toMatchObject({ title: 'Bad price' });
  });

  it('undoes an import: its new listings go and its updates are reverted', async () => {
    const ws = newWorkspace();
    await importFile(ws, request(csvFile('g1.csv', ROWS)));
    const second = await importFile(ws, request(csvFile('g2.csv', [ROWS[0]!.replace('US $89.00', 'US $59.00'), 'ebay,999,Brand new row,US $1.00,x,'])));
    expect(second.counts).toMatchObject({ new: 1, updated: 1 });
    const undone = undoImport(ws, second.id, 'tester');
    expect(undone.status).toBe('undone');
    expect(count(ws.db, "SELECT count(*) AS n FROM listing WHERE listing_id = '999'")).toBe(0);
    expect((ws.db.prepare("SELECT price FROM listing WHERE listing_id = '111'").get() as { price: number }).price).toBe(89);
    expect(count(ws.db, 'SELECT count(*) AS n FROM listing')).toBe(4);
    expect(count(ws.db, "SELECT count(*) AS n FROM custody_event WHERE action = 'import.undone'")).toBe(1);
    expect(() => undoImport(ws, second.id, 'tester')).toThrow(/undone, so there is nothing to undo/);
  });

  it('refuses a mapping to a column that is not in the file, leaving the database unchanged', async () => {
    const ws = newWorkspace();
    const err = await importFile(ws, request(csvFile('h.csv', ROWS), { mapping: { listing_id: 'item id', marketplace: 'marketplace', price: 'Preis' } })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AssayError);
    expect((err as Error).message).toMatch(/Preis/);
    expect(count(ws.db, 'SELECT count(*) AS n FROM listing')).toBe(0);
    expect(listImports(ws.db)).toEqual([]);
  });

  it('cancels on request, rolling everything back and recording the import as cancelled', async () => {
    const ws = newWorkspace();
    const lines = Array.from({ length: 30_000 }, (_, i) => `ebay,${i},Title ${i},US $${(i % 90) + 1}.00,s${i % 50},`);
    const controller = new AbortController();
    const err = await importFile(ws, request(csvFile('i.csv', lines)), { signal: controller.signal, onProgress: () => controller.abort() }).catch((e: unknown) => e);
    expect((err as AssayError).code).toBe('cancelled');
    expect(count(ws.db, 'SELECT count(*) AS n FROM listing')).toBe(0);
    expect(listImports(ws.db)[0]).toMatchObject({ status: 'cancelled' });
  });

  it('stores formulas as text and never evaluates them', async () => {
    const ws = newWorkspace();
    await importFile(ws, request(csvFile('j.csv', ['ebay,301,"=HYPERLINK(""http://evil.example"",""click"")",US $3.00,x,'])));
    expect((ws.db.prepare("SELECT title FROM listing WHERE listing_id = '301'").get() as { title: string }).title).toBe('=HYPERLINK("http://evil.example","click")');
  });
});

describe('a bulk import, which rebuilds indexes and counts the Dashboard once', () => {
  const listingIndexes = (db: Database.Database) => db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('index', 'trigger') AND tbl_name = 'listing' ORDER BY name").pluck().all();

  /** The Dashboard's listing and seller cells against a count from the listings themselves. */
  function expectDashboardCellsToMatchListings(db: Database.Database): void {
    const week = "date(first_seen, 'weekday 0', '-6 days')";
    const fromListings = db
      .prepare(`SELECT ${week} AS week, marketplace, coalesce(seller_id, 0) AS seller, seller_location AS location, count(*) AS listings,
          sum(CASE WHEN units_sold IS NOT NULL AND price_normalised IS NOT NULL THEN units_sold ELSE 0 END) AS units, round(sum(coalesce(units_sold * price_normalised, 0)), 6) AS sales
        FROM listing GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`)
      .all();
    const fromSellerCells = db
      .prepare(`SELECT week, marketplace, seller_id AS seller, location, sum(listings) AS listings, round(sum(sales), 6) AS sales
        FROM dashboard_seller_cell GROUP BY 1, 2, 3, 4 HAVING sum(listings) <> 0 ORDER BY 1, 2, 3, 4`)
      .all();
    expect(fromSellerCells).toEqual((fromListings as { units: number }[]).map(({ units: _units, ...cell }) => cell));
    const byWeek = (rows: unknown[]) => {
      const totals = new Map<string, { listings: number; units: number }>();
      for (const r of rows as { week: string; marketplace: string; listings: number; units: number }[]) {
        const key = `${r.week} ${r.marketplace}`;
        const t = totals.get(key) ?? { listings: 0, units: 0 };
        totals.set(key, { listings: t.listings + r.listings, units: t.units + r.units });
      }
      return Object.fromEntries([...totals].filter(([, t]) => t.listings !== 0));
    };
    expect(byWeek(db.prepare('SELECT week, marketplace, listings, units FROM dashboard_listing_cell').all())).toEqual(byWeek(fromListings));
  }

  /**
   * Rows on every weekday across several weeks and capture times, some without units sold; `padding` makes each
   * row longer, and so the file's size a sign of its row count.
   */
  function bulkFile(name: string, rows: number, padding: string, again: string[]): string {
    const header = 'marketplace,item id,title,price,store name,product url,units sold,captured at,description\n';
    const lines = Array.from({ length: rows }, (_, i) => {
      const marketplace = ['ebay', 'dhgate', 'aliexpress'][i % 3];
      const day = String((i % 28) + 1).padStart(2, '0');
      return `${marketplace},bulk-${i},Corvanne tote ${i},US $${(i % 90) + 10}.00,seller-${i % 700},https://example.test/${i},${i % 4 ? i % 13 : ''},2026-0${(i % 3) + 1}-${day}T0${i % 10}:00:00+08:00,${padding}${i}`;
    });
    return csvFile(name, [...lines, ...again], header);
  }
  const bulkMapping = (file: string) => ({ mapping: { ...request(file).mapping, units_sold: 'units sold', captured_at: 'captured at', description: 'description' } });

  it('from the first row of a file whose size says it is large: the same indexes, search index and Dashboard cells as row by row', async () => {
    const ws = newWorkspace();
    await importFile(ws, request(csvFile('small.csv', ROWS)));
    const indexesBefore = listingIndexes(ws.db);
    // The file names one listing twice: added, then changed by a later row.
    const file = bulkFile('bulk.csv', 25_000, 'genuine-looking description '.repeat(9), ['dhgate,bulk-1,Corvanne tote 1 (relisted),US $55.00,seller-1,https://example.test/1,40,2026-02-02T00:00:00Z,again']);
    expect(fs.statSync(file).size / 300).toBeGreaterThan(20_000);
    const summary = await importFile(ws, request(file, bulkMapping(file)));
    expect(summary.counts).toMatchObject({ read: 25_001, new: 25_000, updated: 1, rejected: 0 });

    expect(listingIndexes(ws.db)).toEqual(indexesBefore);
    expect(count(ws.db, "SELECT count(*) AS n FROM listing_fts WHERE listing_fts MATCH '\"relisted\"'")).toBe(1);
    expect(count(ws.db, 'SELECT count(*) AS n FROM listing_fts')).toBe(25_004);
    expectDashboardCellsToMatchListings(ws.db);
  }, 60_000);

  it('part-way through a file whose size hid how many rows it has, with listings added before the switch changed after it', async () => {
    const ws = newWorkspace();
    const indexesBefore = listingIndexes(ws.db);
    // Short rows: the size suggests a few thousand. bulk-5 is added before the switch and bulk-24000 after it;
    // both are changed again at the end of the file.
    const file = bulkFile('short.csv', 26_000, '', [
      'aliexpress,bulk-5,Corvanne tote 5 (early relisted),US $55.00,seller-9,https://example.test/5,40,2026-02-02T00:00:00Z,again',
      'ebay,bulk-24000,Corvanne tote (late relisted),US $66.00,seller-8,https://example.test/24000,50,2026-03-03T00:00:00Z,again',
    ]);
    expect(fs.statSync(file).size / 300).toBeLessThan(20_000);
    const summary = await importFile(ws, request(file, bulkMapping(file)));
    expect(summary.counts).toMatchObject({ read: 26_002, new: 26_000, updated: 2, rejected: 0 });

    expect(listingIndexes(ws.db)).toEqual(indexesBefore);
    expect(count(ws.db, "SELECT count(*) AS n FROM listing_fts WHERE listing_fts MATCH '\"relisted\"'")).toBe(2);
    expect(count(ws.db, 'SELECT count(*) AS n FROM listing_fts')).toBe(26_000);
    expectDashboardCellsToMatchListings(ws.db);
  }, 60_000);
});

describe('an import killed mid-way', () => {
  it('leaves the database as it was, and the import is recorded as failed', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'k.db');
    expect(runAssay(['demo', '--db', db, '--listings', '100']).code).toBe(0);
    const file = path.join(dir, 'big.csv');
    const out = fs.createWriteStream(file);
    out.write(HEADER);
    for (let i = 0; i < 400_000; i++) out.write(`ebay,${i},Corvanne bag ${i},US $${(i % 90) + 1}.00,seller${i % 500},\n`);
    await new Promise((resolve) => out.end(resolve));
    const before = (() => {
      const raw = new Database(db, { readonly: true });
      const n = count(raw, 'SELECT count(*) AS n FROM listing');
      raw.close();
      return n;
    })();
    const child = spawn(process.execPath, [assayBin, 'import', file, '--db', db], { cwd: repoRoot, stdio: 'ignore' });
    // Wait until rows are being written inside the import's transaction, then kill it without warning.
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const walSize = fs.existsSync(`${db}-wal`) ? fs.statSync(`${db}-wal`).size : 0;
        if (walSize > 8 * 1024 * 1024) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        } else if (Date.now() - started > 60_000 || child.exitCode !== null) {
          clearInterval(poll);
          reject(new Error('the import finished or stalled before it could be killed'));
        }
      }, 20);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const ws = openWorkspace(db);
    try {
      expect(ws.integrityProblems).toEqual([]);
      expect(count(ws.db, 'SELECT count(*) AS n FROM listing')).toBe(before);
    } finally {
      ws.close();
    }
    const listed = runAssay(['imports', 'list', '--db', db, '--json']);
    const imports = listed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string; error: string });
    expect(imports[0]).toMatchObject({ status: 'failed' });
    expect(imports[0]!.error).toMatch(/interrupted/);
  });
});

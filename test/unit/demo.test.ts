// Specifications of the deterministic demo workspace: the generator's data, and the file writer's safety rules.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCustodyLog } from '../../electron/core/cases/custodyLog';
import { openWorkspace } from '../../electron/core/db/openWorkspace';
import { AssayError } from '../../electron/core/errors';
import { sha256Hex } from '../../electron/core/hashing';
import { DEMO_BRAND, DEMO_PRODUCTS, DEMO_TRADEMARKS } from '../../electron/core/demo/demoCatalog';
import { DEMO_WINDOW } from '../../electron/core/demo/demoListings';
import { genuineSerial } from '../../electron/core/demo/demoListingText';
import { DEMO_MARKETPLACES } from '../../electron/core/demo/demoMarketplaces';
import { ratesAt, toUsd } from '../../electron/core/demo/demoRates';
import { generateDemo } from '../../electron/core/demo/generateDemo';
import { gtinCheckDigit, isValidGtin } from '../../electron/core/catalog/gtinCheckDigit';
import { createRandom, mixSeed } from '../../electron/core/demo/random';
import { writeDemoWorkspace } from '../../electron/core/demo/writeDemoWorkspace';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});
const tempFolder = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
  folders.push(dir);
  return dir;
};

/** Catches what a call throws, so the test can look at its code and message. */
function thrown(fn: () => unknown): AssayError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AssayError);
    return e as AssayError;
  }
  throw new Error('expected the call to throw');
}

const demo = generateDemo({ listings: 3000, seed: 3 });

describe('the seeded random generator', () => {
  it('draws the same sequence from the same seed on any machine', () => {
    const random = createRandom(1);
    expect([random.uint32(), random.uint32(), random.uint32()]).toEqual([2693262067, 11749833, 2265367787]);
    expect(mixSeed(1, 2)).toBe(2728312551);
  });

  it('gives different seeds different sequences, including seeds above 2^32', () => {
    expect(createRandom(mixSeed(1)).next()).not.toBe(createRandom(mixSeed(2)).next());
    expect(mixSeed(2 ** 40)).not.toBe(mixSeed(0));
  });

  it('keeps its draws inside the asked range', () => {
    const random = createRandom(7);
    for (let i = 0; i < 2000; i += 1) {
      const n = random.int(3, 5);
      expect(n === 3 || n === 4 || n === 5).toBe(true);
    }
    expect(random.hex(32)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('the demo catalogue', () => {
  it('computes GS1 check digits as the standard does', () => {
    expect(gtinCheckDigit('400638133393')).toBe(1);
    expect(isValidGtin('4006381333931')).toBe(true);
    expect(isValidGtin('4006381333932')).toBe(false);
  });

  it('gives every product a GTIN with a valid check digit under the brand’s prefix', () => {
    const all = DEMO_PRODUCTS.flatMap((p) => p.gtins);
    expect(all.length).toBeGreaterThanOrEqual(DEMO_PRODUCTS.length);
    for (const gtin of all) {
      expect(gtin).toMatch(/^\d{13}$/);
      expect(isValidGtin(gtin)).toBe(true);
      expect(DEMO_BRAND.gs1Prefixes.some((prefix) => gtin.startsWith(prefix))).toBe(true);
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it('describes about twenty genuine products with full specifications', () => {
    expect(DEMO_PRODUCTS.length).toBe(20);
    expect(new Set(DEMO_PRODUCTS.map((p) => p.sku)).size).toBe(20);
    for (const p of DEMO_PRODUCTS) {
      expect(p.name).not.toBe('');
      expect(p.aliases.some((a) => /[\u4e00-\u9fff]/.test(a))).toBe(true);
      expect(['USD', 'EUR']).toContain(p.currency);
      expect(p.minAuthorisedPrice).toBeGreaterThan(0);
      expect(p.minAuthorisedPrice).toBeLessThan(p.msrp);
      expect(p.materials.length).toBeGreaterThan(0);
      for (const size of [p.lengthMm, p.widthMm, p.heightMm, p.weightG]) expect(size).toBeGreaterThan(0);
      expect(p.gtins).toHaveLength(p.colourways.length);
      expect(p.authenticationFeatures.length).toBeGreaterThan(1);
      expect(p.neverMadeModels.length).toBeGreaterThan(0);
      for (const never of p.neverMadeModels) expect(DEMO_PRODUCTS.map((q) => q.name)).not.toContain(never);
    }
  });

  it('gives serial patterns that genuine serials match and a counterfeit format does not', () => {
    const random = createRandom(11);
    const withSerials = DEMO_PRODUCTS.filter((p) => p.serialFormat !== null);
    expect(withSerials.length).toBeGreaterThan(10);
    for (const p of withSerials) {
      const pattern = new RegExp(p.serialPattern as string, 'u');
      expect(pattern.test(genuineSerial(random, p.serialFormat as string))).toBe(true);
      expect(pattern.test('SN123456789')).toBe(false);
    }
  });

  it('registers the mark with several offices, with Nice classes and expiry dates', () => {
    expect(DEMO_TRADEMARKS.length).toBeGreaterThanOrEqual(3);
    expect(new Set(DEMO_TRADEMARKS.map((t) => t.office)).size).toBe(DEMO_TRADEMARKS.length);
    for (const t of DEMO_TRADEMARKS) {
      expect(t.classes.every((c) => Number.isInteger(c) && c >= 1 && c <= 45)).toBe(true);
      expect(t.expiresOn > t.registeredOn).toBe(true);
    }
  });
});

describe('generateDemo', () => {
  it('returns the same data for the same seed and different data for another seed', () => {
    expect(generateDemo({ listings: 300, seed: 3 })).toEqual(generateDemo({ listings: 300, seed: 3 }));
    expect(generateDemo({ listings: 300, seed: 4 }).listings[0]).not.toEqual(demo.listings[0]);
    // A longer run starts with the same listings as a shorter one, apart from the statuses its cases give them.
    const withoutStatus = ({ status: _status, ...rest }: (typeof demo.listings)[number]) => rest;
    expect(generateDemo({ listings: 300, seed: 3 }).listings.slice(0, 50).map(withoutStatus)).toEqual(demo.listings.slice(0, 50).map(withoutStatus));
  });

  it('spreads listings across all six marketplaces, each with its own item numbers and URLs', () => {
    const urlFormats: Record<string, RegExp> = {
      alibaba: /^https:\/\/www\.alibaba\.com\/product-detail\/[A-Za-z0-9-]+_\d{13}\.html$/,
      aliexpress: /^https:\/\/www\.aliexpress\.com\/item\/100500\d{10}\.html$/,
      taobao: /^https:\/\/item\.taobao\.com\/item\.htm\?id=\d{12}$/,
      dhgate: /^https:\/\/www\.dhgate\.com\/product\/[a-z0-9-]+\/\d{9}\.html$/,
      amazon: /^https:\/\/www\.amazon\.com\/dp\/B0[A-Z0-9]{8}$/,
      ebay: /^https:\/\/www\.ebay\.(com|co\.uk|de|fr|it|es)\/itm\/\d{12}$/,
    };
    for (const marketplace of DEMO_MARKETPLACES) {
      const mine = demo.listings.filter((l) => l.marketplace === marketplace);
      expect(mine.length).toBeGreaterThan(150);
      for (const l of mine) {
        expect(l.url).toMatch(urlFormats[marketplace] as RegExp);
        expect(l.url).toContain(l.listing_id);
      }
    }
    expect(new Set(demo.listings.map((l) => l.marketplace))).toEqual(new Set(DEMO_MARKETPLACES));
    expect(new Set(demo.listings.map((l) => `${l.marketplace}:${l.listing_id}`)).size).toBe(demo.listings.length);
  });

  it('prices in each marketplace’s currencies, with price ranges only on Alibaba and DHgate', () => {
    const currencies = (m: string) => new Set(demo.listings.filter((l) => l.marketplace === m).map((l) => l.currency));
    expect(currencies('taobao')).toEqual(new Set(['CNY']));
    expect(currencies('alibaba')).toEqual(new Set(['CNY', 'USD']));
    expect(currencies('ebay').has('EUR')).toBe(true);
    expect(currencies('amazon')).toEqual(new Set(['USD']));
    const ranged = demo.listings.filter((l) => l.price_max !== null);
    expect(new Set(ranged.map((l) => l.marketplace))).toEqual(new Set(['alibaba', 'dhgate']));
    for (const l of ranged) expect(l.price_max as number).toBeGreaterThan(l.price as number);
  });

  it('converts every price to USD with the dated rate table', () => {
    for (const l of demo.listings) {
      expect(l.price_normalised).toBe(toUsd(l.price as number, l.currency as 'USD' | 'EUR' | 'CNY' | 'GBP', l.captured_at as string));
    }
    expect(ratesAt('2025-03-15T00:00:00Z').from).toBe('2025-03-01');
  });

  it('prices counterfeits at 5–30 % of MSRP and authorised offers near MSRP', () => {
    const bySku = new Map(DEMO_PRODUCTS.map((p) => [p.sku, p]));
    let counterfeits = 0;
    let authorised = 0;
    demo.listings.forEach((l, i) => {
      const truth = demo.truth[i]!;
      const p = bySku.get(truth.sku)!;
      const msrpUsd = p.currency === 'USD' ? p.msrp : p.msrp * ratesAt(l.captured_at as string).usdPer.EUR;
      const usd = l.price_normalised as number;
      if (truth.counterfeit) {
        counterfeits += 1;
        // Sellers' rounding (¥168, $25.99) moves a price by up to about a dollar and a half.
        expect(usd).toBeGreaterThanOrEqual(0.05 * msrpUsd - 1.5);
        expect(usd).toBeLessThanOrEqual(0.3 * msrpUsd + 1.5);
      } else if (truth.sellerRole === 'authorised') {
        authorised += 1;
        expect(usd).toBeGreaterThanOrEqual(0.94 * msrpUsd);
      }
    });
    expect(counterfeits).toBeGreaterThan(1500);
    expect(authorised).toBeGreaterThan(50);
  });

  it('titles counterfeits with replica vocabulary in several languages and keeps genuine titles clean', () => {
    const fakeTitles = demo.listings.filter((_, i) => demo.truth[i]!.counterfeit).map((l) => l.title);
    const genuineTitles = demo.listings.filter((_, i) => !demo.truth[i]!.counterfeit).map((l) => l.title);
    for (const word of [/高仿|A货|原单|精仿|复刻/, /réplica/i, /çakma|replika|birebir/i, /hàng fake|hàng rep|siêu cấp/i, /\b1:1\b|AAA|replica|super copy|mirror quality/i]) {
      expect(fakeTitles.some((t) => word.test(t))).toBe(true);
    }
    expect(fakeTitles.some((t) => /Corvane|Korvanne|C0rvanne|\u0421orvanne|Corv\u0430nne/.test(t))).toBe(true);
    for (const t of genuineTitles) expect(t).not.toMatch(/replica|réplica|1:1|AAA|高仿|A货|精仿|复刻|çakma|hàng fake/i);
    for (const t of genuineTitles) expect(t).toMatch(/Corvanne|CORVANNE|柯梵/);
    expect(new Set(demo.listings.map((l) => l.language))).toEqual(new Set(['en', 'zh', 'es', 'pt', 'tr', 'vi', 'fr', 'ru', 'de', 'it']));
  });

  it('keeps every timestamp inside the fixed window, whatever the clock says', () => {
    for (const l of demo.listings) {
      expect(l.first_seen >= DEMO_WINDOW.start && l.last_seen <= DEMO_WINDOW.end).toBe(true);
      expect(l.first_seen <= l.last_seen).toBe(true);
      expect(l.captured_at).toBe(l.last_seen);
      expect(Date.parse(l.first_seen)).not.toBeNaN();
      expect(new Date(l.last_seen).toISOString()).toBe(l.last_seen);
    }
  });

  it('keeps each listing’s original row as the marketplace’s export would hold it', () => {
    for (const l of demo.listings.slice(0, 200)) {
      const values = Object.values(l.raw);
      expect(values).toContain(l.listing_id);
      expect(values).toContain(l.title);
      expect(values).toContain(l.url);
    }
    const taobao = demo.listings.find((l) => l.marketplace === 'taobao')!;
    expect(Object.keys(taobao.raw)).toEqual(expect.arrayContaining(['nid', 'raw_title', 'view_price', 'nick', 'item_loc']));
  });

  it('links sellers that share a contact across marketplaces, and only sellers of one operator', () => {
    const holders = new Map<string, Set<number>>();
    demo.sellers.forEach((s, i) => {
      for (const c of s.contacts) {
        const key = `${c.kind}:${c.normalised}`;
        holders.set(key, (holders.get(key) ?? new Set()).add(i));
      }
    });
    const shared = [...holders.values()].filter((set) => set.size > 1);
    const acrossMarketplaces = shared.filter((set) => new Set([...set].map((i) => demo.sellers[i]!.marketplace)).size > 1);
    expect(acrossMarketplaces.length).toBeGreaterThanOrEqual(10);
    for (const set of shared) {
      const operators = new Set([...set].map((i) => demo.sellers[i]!.operator));
      expect(operators.size).toBe(1);
      expect([...operators][0]).not.toBeNull();
    }
    // The same phone number is written differently on different stores, but normalises to one E.164 number.
    const phones = demo.sellers.flatMap((s) => s.contacts.filter((c) => c.kind === 'phone' || c.kind === 'whatsapp'));
    for (const c of phones) expect(c.normalised).toMatch(/^\+\d{8,15}$/);
    const writtenWays = new Map<string, Set<string>>();
    for (const c of phones) writtenWays.set(c.normalised, (writtenWays.get(c.normalised) ?? new Set()).add(c.value));
    expect([...writtenWays.values()].some((ways) => ways.size > 1)).toBe(true);
    expect(demo.sellers.length).toBeGreaterThan(200);
  });

  it('gives each case counterfeit listings only, with statuses the case explains', () => {
    expect(demo.cases.map((c) => c.status).sort()).toEqual(['draft', 'ready', 'submitted']);
    const inCases = new Set<number>();
    for (const c of demo.cases) {
      expect(c.listings.length).toBeGreaterThanOrEqual(5);
      for (const l of c.listings) {
        expect(demo.truth[l.index]!.counterfeit).toBe(true);
        expect(demo.listings[l.index]!.status).toBe(l.status);
        expect(inCases.has(l.index)).toBe(false);
        inCases.add(l.index);
      }
    }
    demo.listings.forEach((l, i) => {
      if (!inCases.has(i)) expect(['new', 'suspect', 'infringing', 'not_infringing']).toContain(l.status);
      if (!demo.truth[i]!.counterfeit) expect(['new', 'not_infringing']).toContain(l.status);
    });
  });

  it('refuses a count or seed that is not a whole number', () => {
    expect(thrown(() => generateDemo({ listings: 2.5, seed: 1 })).code).toBe('invalid_input');
    expect(thrown(() => generateDemo({ listings: 10, seed: -1 })).code).toBe('invalid_input');
  });
});

/** A hash of every row of every table the demo writes, in key order. */
function contentHash(dbPath: string): Record<string, string> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const tables: [string, string][] = [
      ['meta', 'key'], ['brand', 'id'], ['trademark', 'id'], ['product', 'id'], ['authorised_seller', 'id'], ['seller', 'id'],
      ['seller_contact', 'id'], ['listing', 'id'], ['"case"', 'id'], ['case_listing', 'case_id, listing_id'], ['custody_event', 'seq'], ['sqlite_stat1', 'tbl, idx'],
    ];
    return Object.fromEntries(tables.map(([table, key]) => [table, sha256Hex(JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).raw().all()))]));
  } finally {
    db.close();
  }
}

describe('writeDemoWorkspace', () => {
  it('writes the same workspace twice for the same seed', () => {
    const dir = tempFolder();
    const first = writeDemoWorkspace(path.join(dir, 'a.db'), { listings: 2000, seed: 5 });
    writeDemoWorkspace(path.join(dir, 'b.db'), { listings: 2000, seed: 5 });
    writeDemoWorkspace(path.join(dir, 'c.db'), { listings: 2000, seed: 6 });
    expect(first).toEqual({ dbPath: path.join(dir, 'a.db'), listings: 2000, products: 20, sellers: expect.any(Number), cases: 3 });
    const a = contentHash(path.join(dir, 'a.db'));
    expect(contentHash(path.join(dir, 'b.db'))).toEqual(a);
    expect(contentHash(path.join(dir, 'c.db')).listing).not.toBe(a.listing);
  });

  it('writes what generateDemo describes, searchable through the full-text index', () => {
    const dir = tempFolder();
    const file = path.join(dir, 'w.db');
    const summary = writeDemoWorkspace(file, { listings: 3000, seed: 3 });
    const ws = openWorkspace(file);
    try {
      const { db } = ws;
      const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;
      expect(count('SELECT count(*) AS n FROM listing')).toBe(3000);
      expect(count('SELECT count(*) AS n FROM seller')).toBe(summary.sellers);
      expect(count('SELECT count(*) AS n FROM product')).toBe(20);
      expect(count('SELECT count(*) AS n FROM trademark')).toBe(DEMO_TRADEMARKS.length);
      expect(count('SELECT count(*) AS n FROM listing WHERE seller_id IS NULL')).toBe(0);
      const row = db.prepare('SELECT * FROM listing WHERE id = 42').get() as Record<string, unknown>;
      const expected = demo.listings[41]!;
      expect(row.listing_id).toBe(expected.listing_id);
      expect(row.title).toBe(expected.title);
      expect(JSON.parse(row.raw as string)).toEqual(expected.raw);
      expect((db.prepare('SELECT name FROM seller WHERE id = ?').get(row.seller_id) as { name: string }).name).toBe(expected.seller_name);
      const fts = (query: string) => count('SELECT count(*) AS n FROM listing_fts WHERE listing_fts MATCH ?', query);
      expect(fts('"corvanne"')).toBeGreaterThan(1000);
      expect(fts('"高 仿"')).toBeGreaterThan(0);
      expect(fts('"replica"')).toBeGreaterThan(0);
      const meta = Object.fromEntries((db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
      expect(meta).toMatchObject({ normalised_currency: 'USD', demo_seed: '3' });
      expect(count("SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'listing'")).toBeGreaterThan(3);
      expect(ws.integrityProblems).toEqual([]);
      // The listing indexes dropped for the bulk load are back, exactly as the migrations define them.
      const schema = (d: Database.Database) => d.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name").all();
      const fresh = openWorkspace(path.join(dir, 'fresh.db'), { mode: 'create' });
      try {
        expect(schema(db)).toEqual(schema(fresh.db));
        expect(schema(db).length).toBeGreaterThan(10);
      } finally {
        fresh.close();
      }
    } finally {
      ws.close();
    }
  });

  it('links sellers that share a contact across marketplaces', () => {
    const file = path.join(tempFolder(), 'contacts.db');
    writeDemoWorkspace(file, { listings: 100, seed: 8 });
    const db = new Database(file, { readonly: true });
    try {
      const links = db
        .prepare(`SELECT c.kind, c.normalised, count(DISTINCT s.marketplace) AS marketplaces, count(DISTINCT c.value) AS spellings
          FROM seller_contact c JOIN seller s ON s.id = c.seller_id GROUP BY c.kind, c.normalised HAVING count(DISTINCT s.id) > 1`)
        .all() as { kind: string; normalised: string; marketplaces: number; spellings: number }[];
      expect(links.filter((l) => l.marketplaces > 1).length).toBeGreaterThanOrEqual(10);
      expect(links.some((l) => l.spellings > 1)).toBe(true);
      expect(new Set(links.map((l) => l.kind)).size).toBeGreaterThanOrEqual(3);
    } finally {
      db.close();
    }
  });

  it('creates three cases at different stages, each with listings and custody events', async () => {
    const file = path.join(tempFolder(), 'cases.db');
    writeDemoWorkspace(file, { listings: 3000, seed: 3 });
    const db = new Database(file, { readonly: true });
    try {
      const cases = db.prepare('SELECT id, name, status FROM "case" ORDER BY id').all() as { id: number; name: string; status: string }[];
      expect(cases.map((c) => c.status)).toEqual(['submitted', 'ready', 'draft']);
      const events = db.prepare('SELECT seq, at, action, subject_type, subject_id, details FROM custody_event ORDER BY seq').all() as {
        seq: number; at: string; action: string; subject_type: string; subject_id: string; details: string;
      }[];
      expect(events[0]).toMatchObject({ action: 'workspace.created', subject_type: 'workspace' });
      expect(JSON.parse(events[0]!.details)).toMatchObject({ seed: 3, listings: 3000, products: 20, cases: 3 });
      for (let i = 1; i < events.length; i += 1) expect(events[i]!.at >= events[i - 1]!.at).toBe(true);

      for (const c of cases) {
        const members = db.prepare('SELECT cl.listing_id, cl.reason, cl.outcome, l.status, l.marketplace FROM case_listing cl JOIN listing l ON l.id = cl.listing_id WHERE cl.case_id = ? ORDER BY cl.listing_id').all(c.id) as {
          listing_id: number; reason: string; outcome: string | null; status: string; marketplace: string;
        }[];
        expect(members.length).toBeGreaterThanOrEqual(5);
        for (const m of members) {
          expect(demo.truth[m.listing_id - 1]!.counterfeit).toBe(true);
          expect(m.reason).toMatch(/Counterfeit/);
          if (m.marketplace === 'ebay') expect(m.reason).toBe('eBay VeRO 1.1 Counterfeit');
          if (m.marketplace === 'alibaba') expect(m.reason).toBe('Counterfeit (Alibaba IPP)');
          if (c.status === 'submitted') expect(m.status).toBe(m.outcome === 'taken_down' ? 'taken_down' : 'reported');
          else expect(m.status).toBe('infringing');
        }
        const mine = events.filter((e) => e.subject_type === 'case' && e.subject_id === String(c.id));
        expect(mine.filter((e) => e.action === 'case.created')).toHaveLength(1);
        const added = mine.filter((e) => e.action === 'case.listings_added').flatMap((e) => (JSON.parse(e.details) as { listingIds: number[] }).listingIds);
        expect(added.sort((x, y) => x - y)).toEqual(members.map((m) => m.listing_id));
      }
      expect(db.prepare("SELECT count(*) AS n FROM listing WHERE status IN ('reported', 'taken_down') AND id NOT IN (SELECT listing_id FROM case_listing)").get()).toEqual({ n: 0 });
      expect(await verifyCustodyLog(db)).toMatchObject({ ok: true, events: events.length });
    } finally {
      db.close();
    }
  });

  it('refuses to write over an existing workspace without force, naming it and --force', () => {
    const file = path.join(tempFolder(), 'existing.db');
    writeDemoWorkspace(file, { listings: 50, seed: 1 });
    const before = fs.readFileSync(file);
    const error = thrown(() => writeDemoWorkspace(file, { listings: 10, seed: 2 }));
    expect(error.code).toBe('workspace_exists');
    expect(error.message).toContain(file);
    expect(error.message).toContain('--force');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('replaces an existing workspace with force, leaving no temporary files', () => {
    const dir = tempFolder();
    const file = path.join(dir, 'replace.db');
    writeDemoWorkspace(file, { listings: 300, seed: 1 });
    writeDemoWorkspace(file, { listings: 120, seed: 2, force: true });
    expect(fs.readdirSync(dir)).toEqual(['replace.db']);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM listing').get()).toEqual({ n: 120 });
      expect(db.prepare("SELECT value FROM meta WHERE key = 'demo_seed'").get()).toEqual({ value: '2' });
    } finally {
      db.close();
    }
  });

  it('leaves a foreign file untouched even with force', () => {
    const dir = tempFolder();
    const foreign = path.join(dir, 'other.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (\'keep me\');');
    other.close();
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'not a database at all\n'.repeat(20));
    for (const file of [foreign, text]) {
      const before = fs.readFileSync(file);
      const error = thrown(() => writeDemoWorkspace(file, { listings: 10, force: true }));
      expect(error.code).toBe('workspace_invalid');
      expect(error.message).toMatch(/not an Assay workspace/);
      expect(error.message).toContain('--force');
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['notes.txt', 'other.sqlite']);
  });

  it('leaves the existing workspace and the folder as they were when writing fails', () => {
    const dir = tempFolder();
    const file = path.join(dir, 'keep.db');
    writeDemoWorkspace(file, { listings: 40, seed: 1 });
    const before = fs.readFileSync(file);
    const failingClock = () => {
      throw new Error('clock unavailable');
    };
    const error = thrown(() => writeDemoWorkspace(file, { listings: 40, seed: 9, force: true, now: failingClock }));
    expect(error.message).toContain(file);
    expect(error.message).toContain('clock unavailable');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['keep.db']);
    expect(thrown(() => writeDemoWorkspace(path.join(dir, 'new.db'), { listings: 40, now: failingClock })).code).toBe('internal');
    expect(fs.readdirSync(dir)).toEqual(['keep.db']);
  });

  it('refuses a folder that does not exist, naming the path', () => {
    const target = path.join(tempFolder(), 'missing', 'w.db');
    const error = thrown(() => writeDemoWorkspace(target, { listings: 5 }));
    expect(error.code).toBe('workspace_unwritable');
    expect(error.message).toContain(target);
    expect(error.message).toMatch(/does not exist/);
  });
});

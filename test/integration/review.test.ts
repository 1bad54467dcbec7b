// Reviewing listings on a real, scored demo workspace: decisions (one listing, chosen ones, a whole filter) each
// writing one custody event that the chain verifies, a match correction that `assay score --force` keeps, the
// listing's history newest first, the review queue, and the side-by-side comparison.
import path from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { verifyCustodyLog } from '../../electron/core/cases/custodyLog';
import { openWorkspace, type Workspace } from '../../electron/core/db/openWorkspace';
import { correctListingMatch } from '../../electron/core/review/correctMatch';
import { decideListings } from '../../electron/core/review/decideListings';
import { listingComparison } from '../../electron/core/review/listingComparison';
import { listingHistory } from '../../electron/core/review/listingHistory';
import { reviewQueue } from '../../electron/core/review/reviewQueue';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

const AT = '2026-03-01T10:00:00.000Z';

describe('reviewing listings', () => {
  const file = path.join(tempDir(), 'review.db');
  let ws: Workspace;
  const custodyCount = () => (ws.db.prepare('SELECT count(*) AS n FROM custody_event').get() as { n: number }).n;
  const statusOf = (id: number) => (ws.db.prepare('SELECT status FROM listing WHERE id = ?').get(id) as { status: string }).status;
  const matchOf = (id: number) => ws.db.prepare('SELECT product_id AS productId, corrected FROM listing_match WHERE listing_id = ?').get(id) as { productId: number | null; corrected: number };

  beforeAll(() => {
    expect(runAssay(['demo', '--db', file, '--listings', '500', '--seed', '7']).code).toBe(0);
    const scored = runAssay(['score', '--db', file]);
    expect(scored.code, scored.stderr).toBe(0);
    ws = openWorkspace(file);
  });
  afterAll(() => ws?.close());

  it('marks one listing infringing with one custody event {from, to}, and the chain still verifies', async () => {
    const before = custodyCount();
    const from = statusOf(1);
    expect(decideListings(ws.db, { ids: [1] }, 'infringing', 'reviewer@test', AT)).toEqual({ decided: 1, unchanged: 0, locked: 0 });
    expect(statusOf(1)).toBe('infringing');
    expect(custodyCount()).toBe(before + 1);
    const last = ws.db.prepare('SELECT action, subject_type, subject_id, details, actor FROM custody_event ORDER BY seq DESC LIMIT 1').get();
    expect(last).toEqual({ action: 'listing.decided', subject_type: 'listing', subject_id: '1', details: JSON.stringify({ from, to: 'infringing' }), actor: 'reviewer@test' });
    expect(await verifyCustodyLog(ws.db)).toMatchObject({ ok: true });
  });

  it('decides chosen listings, writing events only for those that changed', () => {
    const undecided = (ws.db.prepare("SELECT id FROM listing WHERE status IN ('new', 'suspect') AND id > 1 ORDER BY id LIMIT 2").all() as { id: number }[]).map((r) => r.id);
    const before = custodyCount();
    expect(decideListings(ws.db, { ids: [1, ...undecided] }, 'infringing', 'reviewer@test', AT)).toEqual({ decided: 2, unchanged: 1, locked: 0 });
    expect(custodyCount()).toBe(before + 2);
  });

  it('refuses a chosen listing that does not exist, naming it, and changes nothing', () => {
    const before = custodyCount();
    expect(() => decideListings(ws.db, { ids: [4, 999_999] }, 'not_infringing', 'reviewer@test', AT)).toThrow('Listing 999999 does not exist in this workspace.');
    expect(custodyCount()).toBe(before);
    expect(statusOf(4)).not.toBe('not_infringing');
  });

  it('decides every listing a grid filter matches, one event each, and leaves reported listings alone', async () => {
    ws.db.prepare("UPDATE listing SET status = 'reported' WHERE id = (SELECT min(id) FROM listing WHERE marketplace = 'ebay')").run();
    const onEbay = (ws.db.prepare("SELECT count(*) AS n FROM listing WHERE marketplace = 'ebay'").get() as { n: number }).n;
    const alreadyNot = (ws.db.prepare("SELECT count(*) AS n FROM listing WHERE marketplace = 'ebay' AND status = 'not_infringing'").get() as { n: number }).n;
    expect(onEbay).toBeGreaterThan(20);
    const before = custodyCount();
    const summary = decideListings(ws.db, { filter: { query: '', marketplaces: ['ebay'], statuses: [] } }, 'not_infringing', 'reviewer@test', AT);
    expect(summary).toEqual({ decided: onEbay - 1 - alreadyNot, unchanged: alreadyNot, locked: 1 });
    expect(custodyCount()).toBe(before + summary.decided);
    const left = ws.db.prepare("SELECT status, count(*) AS n FROM listing WHERE marketplace = 'ebay' GROUP BY status ORDER BY status").all();
    expect(left).toEqual([{ status: 'not_infringing', n: onEbay - 1 }, { status: 'reported', n: 1 }]);
    expect(await verifyCustodyLog(ws.db)).toMatchObject({ ok: true });
  });

  it('uses the grid’s full-text search when deciding by filter', () => {
    const hits = (ws.db.prepare("SELECT count(*) AS n FROM listing WHERE id IN (SELECT rowid FROM listing_fts WHERE listing_fts MATCH '\"replica\"') AND status NOT IN ('suspect', 'reported', 'taken_down')").get() as { n: number }).n;
    expect(hits).toBeGreaterThan(0);
    const summary = decideListings(ws.db, { filter: { query: 'replica', marketplaces: [], statuses: [] } }, 'suspect', 'reviewer@test', AT);
    expect(summary.decided).toBe(hits);
  });

  it('refuses to decide one listing that has been reported, saying why', () => {
    const reported = (ws.db.prepare("SELECT id FROM listing WHERE status = 'reported'").get() as { id: number }).id;
    expect(() => decideListings(ws.db, { ids: [reported] }, 'not_infringing', 'reviewer@test', AT)).toThrow(/has been reported; its status now follows its case/);
  });

  it('queues the undecided listings, riskiest first, across keyset pages', () => {
    const first = reviewQueue(ws.db, { filter: { query: '', marketplaces: [], statuses: [] }, limit: 50 });
    const undecided = (ws.db.prepare("SELECT count(*) AS n FROM listing WHERE status IN ('new', 'suspect')").get() as { n: number }).n;
    expect(first.total).toBe(undecided);
    expect(first.rows.every((r) => r.status === 'new' || r.status === 'suspect')).toBe(true);
    const second = reviewQueue(ws.db, { filter: { query: '', marketplaces: [], statuses: [] }, after: first.next!, limit: 50 });
    const risks = [...first.rows, ...second.rows].map((r) => r.riskScore ?? -1);
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(100);
    // A filter on decided statuses only leaves nothing to review.
    expect(reviewQueue(ws.db, { filter: { query: '', marketplaces: [], statuses: ['infringing'] }, limit: 10 }).total).toBe(0);
  });

  it('keeps a corrected match through assay score --force, and logs the correction', async () => {
    const listingId = (ws.db.prepare("SELECT listing_id AS id FROM listing_match WHERE product_id IS NOT NULL AND json_array_length(candidates) >= 2 ORDER BY listing_id LIMIT 1").get() as { id: number }).id;
    const { candidates } = listingComparison(ws.db, listingId);
    const current = matchOf(listingId).productId;
    const other = candidates.find((c) => c.productId !== current)!;
    correctListingMatch(ws.db, listingId, other.productId, 'reviewer@test', AT);
    expect(matchOf(listingId)).toEqual({ productId: other.productId, corrected: 1 });
    const event = ws.db.prepare("SELECT details FROM custody_event WHERE action = 'listing.match_corrected' AND subject_id = ?").get(String(listingId)) as { details: string };
    expect(JSON.parse(event.details)).toMatchObject({ to: { productId: other.productId, sku: other.sku } });
    expect(listingComparison(ws.db, listingId)).toMatchObject({ product: { id: other.productId, corrected: true }, findingsStale: true });

    ws.close();
    const rescored = runAssay(['score', '--db', file, '--force', '--json']);
    expect(rescored.code, rescored.stderr).toBe(0);
    ws = openWorkspace(file);
    expect(matchOf(listingId)).toEqual({ productId: other.productId, corrected: 1 });
    expect(listingComparison(ws.db, listingId)).toMatchObject({ product: { sku: other.sku }, findingsStale: false });
    expect(await verifyCustodyLog(ws.db)).toMatchObject({ ok: true });
  });

  it('keeps a "no product" correction through assay score --force', () => {
    const listingId = (ws.db.prepare('SELECT listing_id AS id FROM listing_match WHERE product_id IS NOT NULL AND corrected = 0 ORDER BY listing_id LIMIT 1').get() as { id: number }).id;
    correctListingMatch(ws.db, listingId, null, 'reviewer@test', AT);
    expect(matchOf(listingId)).toEqual({ productId: null, corrected: 1 });
    ws.close();
    expect(runAssay(['score', '--db', file, '--force']).code).toBe(0);
    ws = openWorkspace(file);
    expect(matchOf(listingId)).toEqual({ productId: null, corrected: 1 });
  });

  it('tells a listing’s history newest first, each event as a sentence', () => {
    const id = (ws.db.prepare("SELECT id FROM listing WHERE status = 'new' ORDER BY id LIMIT 1").get() as { id: number }).id;
    decideListings(ws.db, { ids: [id] }, 'infringing', 'reviewer@test', '2026-03-02T00:00:00.000Z');
    decideListings(ws.db, { ids: [id] }, 'suspect', 'reviewer@test', '2026-03-03T00:00:00.000Z');
    decideListings(ws.db, { ids: [id] }, 'not_infringing', 'reviewer@test', '2026-03-04T00:00:00.000Z');
    const history = listingHistory(ws.db, id);
    expect(history.events.slice(0, 3).map((e) => e.summary)).toEqual([
      'Marked not infringing (was undecided)',
      'Put back among the undecided (was infringing)',
      'Marked infringing (was new)',
    ]);
    expect(history.events.map((e) => e.seq)).toEqual([...history.events.map((e) => e.seq)].sort((a, b) => b - a));
    // Prices are read from each import's record of them, newest first.
    ws.db.prepare("INSERT INTO listing_price (listing_id, seen_at, price, currency) VALUES (?, '2026-01-01T00:00:00Z', 30, 'USD'), (?, '2026-02-01T00:00:00Z', 25, 'USD')").run(id, id);
    expect(listingHistory(ws.db, id).prices.map((p) => p.price)).toEqual([25, 30]);
  });

  it('compares a matched listing with its genuine product field by field', () => {
    const row = ws.db
      .prepare("SELECT m.listing_id AS id FROM listing_match m JOIN finding f ON f.listing_id = m.listing_id WHERE m.product_id IS NOT NULL AND m.corrected = 0 AND f.rule LIKE 'price.below%' LIMIT 1")
      .get() as { id: number };
    const c = listingComparison(ws.db, row.id);
    expect(c.product).not.toBeNull();
    expect(c.fields.map((f) => f.key).slice(0, 4)).toEqual(['name', 'brand', 'price', 'currency']);
    const price = c.fields.find((f) => f.key === 'price')!;
    expect(price.verdict).toBe('mismatch');
    expect(price.note).toMatch(/MSRP|minimum/);
    expect(c.candidates.length).toBeGreaterThan(0);
    expect(c.candidates.length).toBeLessThanOrEqual(3);
    expect(c.images).toEqual({ listing: [], official: [] });
  });
});

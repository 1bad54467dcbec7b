// SQL for importing listings: insert-or-update by (marketplace, listing_id) keeping a revision of what changed,
// price observations and the search index; and the reverse, undoing one import.
import type Database from 'better-sqlite3';
import { AssayError } from '../errors';
import { listingSearchText } from '../listings/searchText';
import type { CountedListing } from './dashboardCells';
import type { NewListing } from './listingsRepository';

/**
 * A listing as read from one source row, before it meets the database (which sets its status and dates); `raw` is
 * its original row, already encoded for storage (imports/originalRow.ts).
 */
export type ImportedListing = Omit<NewListing, 'language' | 'status' | 'first_seen' | 'last_seen' | 'raw'> & { raw: string };

export type WriteOutcome = 'new' | 'updated' | 'unchanged';

/** The fields an import may change, in the order they are compared and stored in a revision. */
const FIELDS = ['url', 'title', 'description', 'brand', 'price', 'price_max', 'currency', 'price_normalised', 'seller_id', 'seller_name', 'seller_location', 'image_urls', 'units_sold', 'captured_at'] as const;
type StoredListing = Record<(typeof FIELDS)[number] | 'raw' | 'last_seen' | 'import_id', string | number | null> & { id: number };

/**
 * Writes imported listings for one import; call inside the import's transaction. New listings are added to the
 * search index in one pass by indexNewListings() once every row is in; changed ones are re-indexed at once.
 * `changedAgain` hears of each listing this import added and then changed (the same key twice in the file).
 */
export function listingImportWriter(
  db: Database.Database,
  importId: number,
  seenAt: string,
  changedAgain?: (listingId: number, before: CountedListing, after: CountedListing) => void,
): (l: ImportedListing) => WriteOutcome {
  // Positional parameters: binding twenty values by name costs as much as the insert itself.
  const insert = db.prepare(`INSERT INTO listing (marketplace, listing_id, ${FIELDS.join(', ')}, raw, status, first_seen, last_seen, first_import_id, import_id)
    VALUES (${Array(FIELDS.length + 3).fill('?').join(', ')}, 'new', ?, ?, ?, ?)
    ON CONFLICT (marketplace, listing_id) DO NOTHING`);
  const find = db.prepare(`SELECT id, ${FIELDS.join(', ')}, raw, last_seen, first_seen, import_id, first_import_id FROM listing WHERE marketplace = ? AND listing_id = ?`);
  const update = db.prepare(`UPDATE listing SET ${FIELDS.map((f) => `${f} = @${f}`).join(', ')}, raw = @raw, last_seen = @seen, import_id = @import_id WHERE id = @id`);
  const touch = db.prepare('UPDATE listing SET last_seen = ?, import_id = ? WHERE id = ?');
  const revision = db.prepare('INSERT OR IGNORE INTO listing_revision (listing_id, import_id, previous) VALUES (?, ?, ?)');
  const hasPrices = db.prepare('SELECT 1 FROM listing_price WHERE listing_id = ? LIMIT 1');
  const price = db.prepare('INSERT INTO listing_price (listing_id, import_id, seen_at, price, price_max, currency) VALUES (?, ?, ?, ?, ?, ?)');
  const unindex = db.prepare('DELETE FROM listing_fts WHERE rowid = ?');
  const index = db.prepare('INSERT INTO listing_fts (rowid, search_text) VALUES (?, ?)');

  return (l) => {
    const seen = l.captured_at && l.captured_at < seenAt ? l.captured_at : seenAt;
    const imageUrls = JSON.stringify(l.image_urls);
    const { raw } = l;
    const inserted = insert.run(
      l.marketplace, l.listing_id, l.url, l.title, l.description, l.brand, l.price, l.price_max, l.currency, l.price_normalised,
      l.seller_id, l.seller_name, l.seller_location, imageUrls, l.units_sold, l.captured_at, raw, seen, seen, importId, importId,
    );
    if (inserted.changes === 1) return 'new';
    const values = { ...l, image_urls: imageUrls, raw, seen, import_id: importId };

    const existing = find.get(l.marketplace, l.listing_id) as StoredListing & { first_seen: string; first_import_id: number | null };
    // A key seen twice in this very file: the later row wins, and the listing is still indexed at the end.
    const addedNow = existing.first_import_id === importId;
    if (!addedNow) revision.run(existing.id, importId, JSON.stringify(Object.fromEntries([...FIELDS, 'raw', 'last_seen', 'import_id'].map((f) => [f, existing[f as keyof StoredListing]]))));
    const lastSeen = String(existing.last_seen) > seen ? String(existing.last_seen) : seen;
    const changed = FIELDS.some((f) => (values as Record<string, unknown>)[f] !== existing[f]);
    if (!changed) {
      touch.run(lastSeen, importId, existing.id);
      return 'unchanged';
    }
    update.run({ ...values, seen: lastSeen, id: existing.id });
    if (addedNow && changedAgain) {
      const before = {
        first_seen: existing.first_seen,
        marketplace: l.marketplace,
        seller_id: existing.seller_id as number | null,
        seller_location: String(existing.seller_location),
        units_sold: existing.units_sold as number | null,
        price_normalised: existing.price_normalised as number | null,
      };
      changedAgain(existing.id, before, { ...l, first_seen: existing.first_seen });
    }
    if (!addedNow) {
      unindex.run(existing.id);
      index.run(existing.id, listingSearchText(l));
    }
    if (l.price !== existing.price || l.price_max !== existing.price_max || l.currency !== existing.currency) {
      // History starts with the price the listing had before its first change, credited to the import that saw it.
      if (!hasPrices.get(existing.id) && existing.price !== null) {
        price.run(existing.id, existing.import_id, existing.first_seen, existing.price, existing.price_max, existing.currency);
      }
      price.run(existing.id, importId, seen, l.price, l.price_max, l.currency);
    }
    return 'updated';
  };
}

/** Adds the listings an import created to the search index, in one pass over the table. */
export function indexNewListings(db: Database.Database, importId: number): void {
  db.function('assay_search_text', { deterministic: true }, (title, description, brand, sellerName) =>
    listingSearchText({ title: String(title), description: String(description), brand: String(brand), seller_name: String(sellerName) }),
  );
  db.prepare('INSERT INTO listing_fts (rowid, search_text) SELECT id, assay_search_text(title, description, brand, seller_name) FROM listing WHERE first_import_id = ?').run(importId);
}

/** Finds or creates the seller a listing names, returning its id; contacts are added, never removed. */
export function sellerWriter(db: Database.Database): (s: { marketplace: string; sellerRef: string; name: string; location: string; storeUrl: string; contacts: { kind: string; value: string; normalised: string }[] }) => number {
  const find = db.prepare('SELECT id FROM seller WHERE marketplace = ? AND seller_ref = ?');
  const insert = db.prepare('INSERT INTO seller (marketplace, seller_ref, name, location, store_url) VALUES (?, ?, ?, ?, ?)');
  const contact = db.prepare('INSERT OR IGNORE INTO seller_contact (seller_id, kind, value, normalised) VALUES (?, ?, ?, ?)');
  const cache = new Map<string, number>();
  return (s) => {
    const key = `${s.marketplace}\u0000${s.sellerRef}`;
    let id = cache.get(key);
    if (id === undefined) {
      const row = find.get(s.marketplace, s.sellerRef) as { id: number } | undefined;
      id = row ? row.id : Number(insert.run(s.marketplace, s.sellerRef, s.name, s.location, s.storeUrl).lastInsertRowid);
      cache.set(key, id);
    }
    for (const c of s.contacts) contact.run(id, c.kind, c.value, c.normalised);
    return id;
  };
}

/** Undoes one import: its new listings are removed, the listings it updated get their earlier fields back. */
export function undoListingImport(db: Database.Database, importId: number): { removed: number; reverted: number } {
  const later = db
    .prepare(`SELECT l.import_id AS later FROM listing_revision r JOIN listing l ON l.id = r.listing_id WHERE r.import_id = ? AND l.import_id <> ? LIMIT 1`)
    .get(importId, importId) as { later: number } | undefined;
  const laterNew = db.prepare('SELECT import_id AS later FROM listing WHERE first_import_id = ? AND import_id <> ? LIMIT 1').get(importId, importId) as { later: number } | undefined;
  const blocker = later ?? laterNew;
  if (blocker) throw new AssayError('invalid_input', `Import ${importId} cannot be undone while import ${blocker} has changed the same listings since; undo import ${blocker} first.`);
  const inCase = db.prepare('SELECT cl.case_id FROM case_listing cl JOIN listing l ON l.id = cl.listing_id WHERE l.first_import_id = ? LIMIT 1').get(importId) as { case_id: number } | undefined;
  if (inCase) throw new AssayError('invalid_input', `Import ${importId} cannot be undone: listings it added are now in case ${inCase.case_id}. Remove them from the case first.`);

  const revisions = db.prepare('SELECT listing_id, previous FROM listing_revision WHERE import_id = ?').all(importId) as { listing_id: number; previous: string }[];
  const restore = db.prepare(`UPDATE listing SET ${[...FIELDS, 'raw', 'last_seen', 'import_id'].map((f) => `${f} = @${f}`).join(', ')} WHERE id = @id`);
  const get = db.prepare('SELECT title, description, brand, seller_name FROM listing WHERE id = ?');
  const unindex = db.prepare('DELETE FROM listing_fts WHERE rowid = ?');
  const index = db.prepare('INSERT INTO listing_fts (rowid, search_text) VALUES (?, ?)');
  for (const r of revisions) {
    restore.run({ ...(JSON.parse(r.previous) as Record<string, unknown>), id: r.listing_id });
    unindex.run(r.listing_id);
    index.run(r.listing_id, listingSearchText(get.get(r.listing_id) as { title: string; description: string; brand: string; seller_name: string }));
  }
  const added = db.prepare('SELECT id FROM listing WHERE first_import_id = ?').all(importId) as { id: number }[];
  const remove = db.prepare('DELETE FROM listing WHERE id = ?');
  for (const { id } of added) {
    unindex.run(id);
    remove.run(id);
  }
  db.prepare('DELETE FROM listing_price WHERE import_id = ?').run(importId);
  db.prepare('DELETE FROM listing_revision WHERE import_id = ?').run(importId);
  return { removed: added.length, reverted: revisions.length };
}

// The Dashboard's summary cells (migration "dashboard") during bulk writes, where counting row by row through the
// triggers costs as much as the writes themselves:
// - a large import puts the listing insert trigger aside and, once its rows are in, counts the listings it added
//   since then into the cells in one grouped pass. Updates and deletes keep their triggers. The one case the two
//   would count twice, a listing added without the trigger and then changed again by the same file, is told to the
//   count, which takes the update trigger's move back out;
// - a scoring batch counts its listings out of the cells in grouped passes, writes their matches, risk scores and
//   findings with the triggers those fire put aside, and counts the listings back in.
import type Database from 'better-sqlite3';

/** The fields of a listing the cells count; new listings have no match and no score yet. */
export interface CountedListing {
  first_seen: string;
  marketplace: string;
  seller_id: number | null;
  seller_location: string;
  units_sold: number | null;
  price_normalised: number | null;
}

export interface BulkListingCount {
  /** A listing this import added and then changed again, with its fields before and after the change. */
  changedAgain(listingId: number, before: CountedListing, after: CountedListing): void;
  /** Counts the listings added since into the cells and puts the insert trigger back; call inside the transaction. */
  finish(): void;
}

const INSERT_TRIGGER = 'dashboard_listing_inserted';

// The migration's expressions, over a listing l: the week is the Monday on or before the day first seen.
const week = `date(l.first_seen, 'weekday 0', '-6 days')`;
const sold = `CASE WHEN l.units_sold IS NOT NULL AND l.price_normalised IS NOT NULL THEN l.units_sold ELSE 0 END`;
const sales = `coalesce(l.units_sold * l.price_normalised, 0)`;
const bucket = `CASE WHEN l.risk_score IS NULL THEN -1 WHEN l.risk_score >= 100 THEN 9 WHEN l.risk_score < 0 THEN 0 ELSE l.risk_score / 10 END`;

const counted = (l: CountedListing): CountedListing => ({
  first_seen: l.first_seen,
  marketplace: l.marketplace,
  seller_id: l.seller_id,
  seller_location: l.seller_location,
  units_sold: l.units_sold,
  price_normalised: l.price_normalised,
});

/**
 * Puts the listing insert trigger aside, part-way through an import or before its first row, and returns what
 * counts the listings it adds from now on instead. They are told apart by id: a new row's id is one past the
 * largest in the table, so every listing added from now on has an id above the largest now.
 */
export function deferListingInsertCount(db: Database.Database, importId: number): BulkListingCount {
  const trigger = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?").pluck().get(INSERT_TRIGGER) as string | undefined;
  if (trigger) db.exec(`DROP TRIGGER ${INSERT_TRIGGER}`);
  const lastIdBefore = db.prepare('SELECT coalesce(max(id), 0) FROM listing').pluck().get() as number;
  const changes: { listing: CountedListing; sign: 1 | -1 }[] = [];
  return {
    changedAgain(listingId, before, after) {
      // The update trigger took `before` out of the cells (where it never was) and put `after` in (where the
      // grouped pass will put it too): undo both. A listing added before the trigger was put aside was counted by it.
      if (trigger && listingId > lastIdBefore) changes.push({ listing: counted(before), sign: 1 }, { listing: counted(after), sign: -1 });
    },
    finish() {
      if (!trigger) return;
      db.prepare(
        `INSERT INTO dashboard_listing_cell (week, marketplace, product_id, risk_bucket, listings, units, sales)
          SELECT ${week}, l.marketplace, 0, -1, count(*), sum(${sold}), sum(${sales}) FROM listing l WHERE l.first_import_id = ? AND l.id > ? GROUP BY 1, 2
          ON CONFLICT (week, marketplace, product_id, risk_bucket) DO UPDATE
          SET listings = listings + excluded.listings, units = units + excluded.units, sales = sales + excluded.sales`,
      ).run(importId, lastIdBefore);
      db.prepare(
        `INSERT INTO dashboard_seller_cell (week, marketplace, product_id, seller_id, location, listings, sales)
          SELECT ${week}, l.marketplace, 0, coalesce(l.seller_id, 0), l.seller_location, count(*), sum(${sales}) FROM listing l WHERE l.first_import_id = ? AND l.id > ? GROUP BY 1, 2, 4, 5
          ON CONFLICT (week, marketplace, product_id, seller_id, location) DO UPDATE
          SET listings = listings + excluded.listings, sales = sales + excluded.sales`,
      ).run(importId, lastIdBefore);
      if (changes.length > 0) {
        const listingCell = db.prepare(`INSERT INTO dashboard_listing_cell (week, marketplace, product_id, risk_bucket, listings, units, sales)
          SELECT ${week}, l.marketplace, 0, -1, :sign, :sign * ${sold}, :sign * ${sales}
          FROM (SELECT :first_seen AS first_seen, :marketplace AS marketplace, :units_sold AS units_sold, :price_normalised AS price_normalised) l WHERE true
          ON CONFLICT (week, marketplace, product_id, risk_bucket) DO UPDATE
          SET listings = listings + excluded.listings, units = units + excluded.units, sales = sales + excluded.sales`);
        const sellerCell = db.prepare(`INSERT INTO dashboard_seller_cell (week, marketplace, product_id, seller_id, location, listings, sales)
          SELECT ${week}, l.marketplace, 0, coalesce(l.seller_id, 0), l.seller_location, :sign, :sign * ${sales}
          FROM (SELECT :first_seen AS first_seen, :marketplace AS marketplace, :seller_id AS seller_id, :seller_location AS seller_location,
            :units_sold AS units_sold, :price_normalised AS price_normalised) l WHERE true
          ON CONFLICT (week, marketplace, product_id, seller_id, location) DO UPDATE
          SET listings = listings + excluded.listings, sales = sales + excluded.sales`);
        for (const { listing, sign } of changes) {
          const { seller_id: _sellerId, seller_location: _location, ...forListingCell } = listing;
          listingCell.run({ ...forListingCell, sign });
          sellerCell.run({ ...listing, sign });
        }
      }
      db.exec(trigger);
    },
  };
}

/** The triggers that count a listing's match, risk score and findings as scoring writes them. */
const SCORING_TRIGGERS = ['dashboard_listing_updated', 'dashboard_match_inserted', 'dashboard_match_updated', 'dashboard_match_deleted', 'dashboard_finding_inserted', 'dashboard_finding_deleted'];

/** Adds (sign 1) or takes out (sign -1) the listings in temp.dashboard_recount from every cell, as they now stand. */
function countRecounted(db: Database.Database, sign: 1 | -1): void {
  // CROSS JOIN keeps the join in this order: the temporary table has no statistics, and the planner would
  // otherwise scan every listing (or every finding) for the few thousand wanted.
  const listings = 'temp.dashboard_recount r CROSS JOIN listing l ON l.id = r.id';
  const match = 'LEFT JOIN listing_match m ON m.listing_id = l.id';
  db.prepare(
    `INSERT INTO dashboard_listing_cell (week, marketplace, product_id, risk_bucket, listings, units, sales)
      SELECT ${week}, l.marketplace, coalesce(m.product_id, 0), ${bucket}, ${sign} * count(*), ${sign} * sum(${sold}), ${sign} * sum(${sales}) FROM ${listings} ${match} WHERE true GROUP BY 1, 2, 3, 4
      ON CONFLICT (week, marketplace, product_id, risk_bucket) DO UPDATE
      SET listings = listings + excluded.listings, units = units + excluded.units, sales = sales + excluded.sales`,
  ).run();
  db.prepare(
    `INSERT INTO dashboard_seller_cell (week, marketplace, product_id, seller_id, location, listings, sales)
      SELECT ${week}, l.marketplace, coalesce(m.product_id, 0), coalesce(l.seller_id, 0), l.seller_location, ${sign} * count(*), ${sign} * sum(${sales}) FROM ${listings} ${match} WHERE true GROUP BY 1, 2, 3, 4, 5
      ON CONFLICT (week, marketplace, product_id, seller_id, location) DO UPDATE
      SET listings = listings + excluded.listings, sales = sales + excluded.sales`,
  ).run();
  db.prepare(
    `INSERT INTO dashboard_finding_cell (week, marketplace, product_id, rule, findings)
      SELECT ${week}, l.marketplace, coalesce(m.product_id, 0), f.rule, ${sign} * count(*) FROM ${listings} CROSS JOIN finding f ON f.listing_id = l.id ${match} WHERE true GROUP BY 1, 2, 3, 4
      ON CONFLICT (week, marketplace, product_id, rule) DO UPDATE SET findings = findings + excluded.findings`,
  ).run();
}

/**
 * Runs `write`, which may change only the given listings' matches, risk scores and findings, with the cell
 * triggers it would fire put aside: the listings are counted out of the cells before it and back in after it, in
 * grouped passes. Call inside a transaction, so that the triggers are never seen missing and a crash puts them back.
 */
export function countListingsAround<T>(db: Database.Database, listingIds: Iterable<number>, write: () => T): T {
  if (!db.inTransaction) throw new Error('countListingsAround must run inside a transaction');
  db.exec('CREATE TEMP TABLE IF NOT EXISTS dashboard_recount (id INTEGER PRIMARY KEY); DELETE FROM temp.dashboard_recount');
  const add = db.prepare('INSERT OR IGNORE INTO temp.dashboard_recount (id) VALUES (?)');
  for (const id of listingIds) add.run(id);
  const triggers = db
    .prepare(`SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (${SCORING_TRIGGERS.map(() => '?').join(', ')})`)
    .pluck()
    .all(...SCORING_TRIGGERS) as string[];
  countRecounted(db, -1);
  for (const name of SCORING_TRIGGERS) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
  let result: T;
  try {
    result = write();
  } finally {
    // A failed write rolls the transaction back; the triggers are put back first all the same.
    for (const sql of triggers) db.exec(sql);
  }
  countRecounted(db, 1);
  db.exec('DELETE FROM temp.dashboard_recount');
  return result;
}

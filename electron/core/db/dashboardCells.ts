// The Dashboard's summary cells (migration "dashboard") during a bulk import: counting each new listing through
// the triggers costs more than the import's own inserts, so a large import drops the listing triggers and, once
// its rows are in, recounts the cells in one grouped pass, the way deferListingIndexes rebuilds the indexes.
// The recount is the migration's first fill, kept here as the living copy (migrations are frozen once released).
import type Database from 'better-sqlite3';

const week = `date(l.first_seen, 'weekday 0', '-6 days')`;
const bucket = `CASE WHEN l.risk_score IS NULL THEN -1 WHEN l.risk_score >= 100 THEN 9 WHEN l.risk_score < 0 THEN 0 ELSE l.risk_score / 10 END`;
const sold = `CASE WHEN l.units_sold IS NOT NULL AND l.price_normalised IS NOT NULL THEN l.units_sold ELSE 0 END`;
const sales = `coalesce(l.units_sold * l.price_normalised, 0)`;

/** Recounts every cell from the listings, their matches and findings. */
export function recountDashboardCells(db: Database.Database): void {
  db.exec(`
    DELETE FROM dashboard_listing_cell;
    DELETE FROM dashboard_seller_cell;
    DELETE FROM dashboard_finding_cell;
    INSERT INTO dashboard_listing_cell (week, marketplace, product_id, risk_bucket, listings, units, sales)
      SELECT ${week}, l.marketplace, coalesce(m.product_id, 0), ${bucket}, count(*), sum(${sold}), sum(${sales})
      FROM listing l LEFT JOIN listing_match m ON m.listing_id = l.id GROUP BY 1, 2, 3, 4;
    INSERT INTO dashboard_seller_cell (week, marketplace, product_id, seller_id, location, listings, sales)
      SELECT ${week}, l.marketplace, coalesce(m.product_id, 0), coalesce(l.seller_id, 0), l.seller_location, count(*), sum(${sales})
      FROM listing l LEFT JOIN listing_match m ON m.listing_id = l.id GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO dashboard_finding_cell (week, marketplace, product_id, rule, findings)
      SELECT ${week}, l.marketplace, coalesce(m.product_id, 0), f.rule, count(*)
      FROM finding f JOIN listing l ON l.id = f.listing_id LEFT JOIN listing_match m ON m.listing_id = l.id GROUP BY 1, 2, 3, 4;
  `);
}

/**
 * Drops the triggers that count listing inserts and updates into the cells; the returned function puts them back
 * and recounts. Call both inside the import's transaction, so a failed import restores everything as it was.
 */
export function deferDashboardCells(db: Database.Database): () => void {
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'listing' AND name LIKE 'dashboard\\_%' ESCAPE '\\' ORDER BY name")
    .all() as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  return () => {
    for (const t of triggers) db.exec(t.sql);
    if (triggers.length > 0) recountDashboardCells(db);
  };
}

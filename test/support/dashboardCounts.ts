// The Dashboard's summary cells beside the same figures counted from the listings and findings themselves, for
// tests that check the cells are kept right (by their triggers, or by the grouped passes of bulk writes).
import type Database from 'better-sqlite3';

/** Listings per week, marketplace and product: how many, their sales (to the cent) and how many are high risk. */
export const listingsFromScratch = (db: Database.Database): unknown[] =>
  db
    .prepare(`SELECT date(l.first_seen, 'weekday 0', '-6 days') AS week, l.marketplace, coalesce(m.product_id, 0) AS product, count(*) AS n,
        round(sum(coalesce(l.units_sold * l.price_normalised, 0)), 2) AS sales, sum(coalesce(l.risk_score, -1) >= 60) AS high
      FROM listing l LEFT JOIN listing_match m ON m.listing_id = l.id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`)
    .all();

export const listingsFromCells = (db: Database.Database): unknown[] =>
  db
    .prepare(`SELECT week, marketplace, product_id AS product, sum(listings) AS n, round(sum(sales), 2) AS sales, sum(CASE WHEN risk_bucket >= 6 THEN listings ELSE 0 END) AS high
      FROM dashboard_listing_cell GROUP BY 1, 2, 3 HAVING sum(listings) <> 0 ORDER BY 1, 2, 3`)
    .all();

/** Findings per rule and product. */
export const findingsFromScratch = (db: Database.Database): unknown[] =>
  db.prepare('SELECT f.rule, coalesce(m.product_id, 0) AS product, count(*) AS n FROM finding f LEFT JOIN listing_match m ON m.listing_id = f.listing_id GROUP BY 1, 2 ORDER BY 1, 2').all();

export const findingsFromCells = (db: Database.Database): unknown[] =>
  db.prepare('SELECT rule, product_id AS product, sum(findings) AS n FROM dashboard_finding_cell GROUP BY 1, 2 HAVING sum(findings) <> 0 ORDER BY 1, 2').all();

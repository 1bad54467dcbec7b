// The Dashboard's summary tables: listings, sales and findings counted per week first seen, marketplace, matched
// product and risk band (and per seller), kept up to date by triggers, so every chart reads thousands of rows, not millions.

export const name = 'dashboard';

// Expressions over a listing row (old. or new.); the week is the Monday on or before the day first seen.
const week = (r: string) => `date(${r}.first_seen, 'weekday 0', '-6 days')`;
const bucket = (r: string) => `CASE WHEN ${r}.risk_score IS NULL THEN -1 WHEN ${r}.risk_score >= 100 THEN 9 WHEN ${r}.risk_score < 0 THEN 0 ELSE ${r}.risk_score / 10 END`;
const sold = (r: string) => `CASE WHEN ${r}.units_sold IS NOT NULL AND ${r}.price_normalised IS NOT NULL THEN ${r}.units_sold ELSE 0 END`;
const sales = (r: string) => `coalesce(${r}.units_sold * ${r}.price_normalised, 0)`;
const productOf = (listingId: string) => `coalesce((SELECT product_id FROM listing_match WHERE listing_id = ${listingId}), 0)`;

/** Adds (sign 1) or removes (sign -1) one listing row from the listing and seller cells, under a given product. */
function countListing(r: string, product: string, sign: 1 | -1): string {
  return `
  INSERT INTO dashboard_listing_cell (week, marketplace, product_id, risk_bucket, listings, units, sales)
    VALUES (${week(r)}, ${r}.marketplace, ${product}, ${bucket(r)}, ${sign}, ${sign} * ${sold(r)}, ${sign} * ${sales(r)})
    ON CONFLICT (week, marketplace, product_id, risk_bucket) DO UPDATE
    SET listings = listings + excluded.listings, units = units + excluded.units, sales = sales + excluded.sales;
  INSERT INTO dashboard_seller_cell (week, marketplace, product_id, seller_id, location, listings, sales)
    VALUES (${week(r)}, ${r}.marketplace, ${product}, coalesce(${r}.seller_id, 0), ${r}.seller_location, ${sign}, ${sign} * ${sales(r)})
    ON CONFLICT (week, marketplace, product_id, seller_id, location) DO UPDATE
    SET listings = listings + excluded.listings, sales = sales + excluded.sales;`;
}

/** Adds or removes all findings of one listing row from the finding cells, under a given product. */
function countFindings(r: string, product: string, sign: 1 | -1): string {
  return `
  INSERT INTO dashboard_finding_cell (week, marketplace, product_id, rule, findings)
    SELECT ${week(r)}, ${r}.marketplace, ${product}, rule, ${sign} * count(*) FROM finding WHERE listing_id = ${r}.id GROUP BY rule
    ON CONFLICT (week, marketplace, product_id, rule) DO UPDATE SET findings = findings + excluded.findings;`;
}

/** One finding row of a listing that still exists, added or removed. */
function countFinding(f: string, sign: 1 | -1): string {
  return `
  INSERT INTO dashboard_finding_cell (week, marketplace, product_id, rule, findings)
    SELECT ${week('l')}, l.marketplace, ${productOf('l.id')}, ${f}.rule, ${sign} FROM listing l WHERE l.id = ${f}.listing_id
    ON CONFLICT (week, marketplace, product_id, rule) DO UPDATE SET findings = findings + excluded.findings;`;
}

/** Moves one listing (still present) from one product's cells to another's, with its findings. */
function moveProduct(listingId: string, from: string, to: string): string {
  const perListing = (sign: 1 | -1, product: string) =>
    `INSERT INTO dashboard_listing_cell (week, marketplace, product_id, risk_bucket, listings, units, sales)
      SELECT ${week('l')}, l.marketplace, ${product}, ${bucket('l')}, ${sign}, ${sign} * ${sold('l')}, ${sign} * ${sales('l')} FROM listing l WHERE l.id = ${listingId}
      ON CONFLICT (week, marketplace, product_id, risk_bucket) DO UPDATE
      SET listings = listings + excluded.listings, units = units + excluded.units, sales = sales + excluded.sales;
    INSERT INTO dashboard_seller_cell (week, marketplace, product_id, seller_id, location, listings, sales)
      SELECT ${week('l')}, l.marketplace, ${product}, coalesce(l.seller_id, 0), l.seller_location, ${sign}, ${sign} * ${sales('l')} FROM listing l WHERE l.id = ${listingId}
      ON CONFLICT (week, marketplace, product_id, seller_id, location) DO UPDATE
      SET listings = listings + excluded.listings, sales = sales + excluded.sales;
    INSERT INTO dashboard_finding_cell (week, marketplace, product_id, rule, findings)
      SELECT ${week('l')}, l.marketplace, ${product}, f.rule, ${sign} * count(*) FROM finding f JOIN listing l ON l.id = f.listing_id WHERE f.listing_id = ${listingId} GROUP BY f.rule
      ON CONFLICT (week, marketplace, product_id, rule) DO UPDATE SET findings = findings + excluded.findings;`;
  return `${perListing(-1, from)}\n    ${perListing(1, to)}`;
}

const changed = ['first_seen', 'marketplace', 'risk_score', 'units_sold', 'price_normalised', 'seller_id', 'seller_location'];

export const sql = `
CREATE TABLE dashboard_listing_cell (
  week        TEXT NOT NULL,
  marketplace TEXT NOT NULL,
  -- 0: not matched to a genuine product (or not scored yet).
  product_id  INTEGER NOT NULL,
  -- floor(risk score / 10), 0–9; -1 before scoring.
  risk_bucket INTEGER NOT NULL,
  listings    INTEGER NOT NULL,
  units       INTEGER NOT NULL,
  sales       REAL NOT NULL,
  PRIMARY KEY (week, marketplace, product_id, risk_bucket)
) STRICT, WITHOUT ROWID;

CREATE TABLE dashboard_seller_cell (
  week        TEXT NOT NULL,
  marketplace TEXT NOT NULL,
  product_id  INTEGER NOT NULL,
  seller_id   INTEGER NOT NULL,
  location    TEXT NOT NULL,
  listings    INTEGER NOT NULL,
  sales       REAL NOT NULL,
  PRIMARY KEY (week, marketplace, product_id, seller_id, location)
) STRICT, WITHOUT ROWID;
-- Sellers and locations are read grouped by seller; this covering index streams them in that order, with no sort.
CREATE INDEX dashboard_seller_cell_by_seller ON dashboard_seller_cell (seller_id, location, week, marketplace, product_id, listings, sales);

CREATE TABLE dashboard_finding_cell (
  week        TEXT NOT NULL,
  marketplace TEXT NOT NULL,
  product_id  INTEGER NOT NULL,
  rule        TEXT NOT NULL,
  findings    INTEGER NOT NULL,
  PRIMARY KEY (week, marketplace, product_id, rule)
) STRICT, WITHOUT ROWID;

INSERT INTO dashboard_listing_cell (week, marketplace, product_id, risk_bucket, listings, units, sales)
  SELECT ${week('l')}, l.marketplace, coalesce(m.product_id, 0), ${bucket('l')}, count(*), sum(${sold('l')}), sum(${sales('l')})
  FROM listing l LEFT JOIN listing_match m ON m.listing_id = l.id GROUP BY 1, 2, 3, 4;
INSERT INTO dashboard_seller_cell (week, marketplace, product_id, seller_id, location, listings, sales)
  SELECT ${week('l')}, l.marketplace, coalesce(m.product_id, 0), coalesce(l.seller_id, 0), l.seller_location, count(*), sum(${sales('l')})
  FROM listing l LEFT JOIN listing_match m ON m.listing_id = l.id GROUP BY 1, 2, 3, 4, 5;
INSERT INTO dashboard_finding_cell (week, marketplace, product_id, rule, findings)
  SELECT ${week('l')}, l.marketplace, coalesce(m.product_id, 0), f.rule, count(*)
  FROM finding f JOIN listing l ON l.id = f.listing_id LEFT JOIN listing_match m ON m.listing_id = l.id GROUP BY 1, 2, 3, 4;

-- A new listing has no match yet (a match row needs its listing first): it counts as not matched, product 0.
CREATE TRIGGER dashboard_listing_inserted AFTER INSERT ON listing
BEGIN${countListing('new', '0', 1)}
END;

-- Before the delete, while the listing's match and findings are still there to say which cells it counted in.
CREATE TRIGGER dashboard_listing_deleted BEFORE DELETE ON listing
BEGIN${countListing('old', productOf('old.id'), -1)}${countFindings('old', productOf('old.id'), -1)}
END;

CREATE TRIGGER dashboard_listing_updated AFTER UPDATE OF ${changed.join(', ')} ON listing
WHEN ${changed.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ')}
BEGIN${countListing('old', productOf('old.id'), -1)}${countListing('new', productOf('new.id'), 1)}
END;

-- Findings are counted by the listing's week and marketplace, so only a change of those moves them.
CREATE TRIGGER dashboard_listing_moved AFTER UPDATE OF first_seen, marketplace ON listing
WHEN old.first_seen IS NOT new.first_seen OR old.marketplace IS NOT new.marketplace
BEGIN${countFindings('old', productOf('old.id'), -1)}${countFindings('new', productOf('new.id'), 1)}
END;

CREATE TRIGGER dashboard_match_inserted AFTER INSERT ON listing_match
WHEN coalesce(new.product_id, 0) <> 0
BEGIN
  ${moveProduct('new.listing_id', '0', 'new.product_id')}
END;

CREATE TRIGGER dashboard_match_updated AFTER UPDATE OF product_id ON listing_match
WHEN coalesce(old.product_id, 0) <> coalesce(new.product_id, 0)
BEGIN
  ${moveProduct('new.listing_id', 'coalesce(old.product_id, 0)', 'coalesce(new.product_id, 0)')}
END;

-- A match removed with its listing finds no listing row left (the listing's own trigger counted it out).
CREATE TRIGGER dashboard_match_deleted AFTER DELETE ON listing_match
WHEN coalesce(old.product_id, 0) <> 0
BEGIN
  ${moveProduct('old.listing_id', 'old.product_id', '0')}
END;

CREATE TRIGGER dashboard_finding_inserted AFTER INSERT ON finding
BEGIN${countFinding('new', 1)}
END;

CREATE TRIGGER dashboard_finding_deleted AFTER DELETE ON finding
BEGIN${countFinding('old', -1)}
END;
`;

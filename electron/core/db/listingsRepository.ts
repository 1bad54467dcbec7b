// All SQL over listings: writing them with their search text, keyset pages, counts, facets and detail.
import type Database from 'better-sqlite3';
import type {
  Facet,
  ListingCursor,
  ListingDetail,
  ListingFilter,
  ListingPage,
  ListingPageInput,
  ListingRow,
  ListingSortColumn,
  ListingStatus,
  CaseStatus,
} from '../../api/contract';
import { AssayError } from '../errors';
import { ftsQuery, listingSearchText } from '../listings/searchText';
import { decodeOriginalRow } from '../imports/originalRow';
import { importColumns } from './importsRepository';
import { listingAssessment } from './scoringRepository';

export interface NewListing {
  marketplace: string;
  listing_id: string;
  url: string;
  title: string;
  description: string;
  brand: string;
  price: number | null;
  price_max: number | null;
  currency: string | null;
  price_normalised: number | null;
  seller_id: number | null;
  seller_name: string;
  seller_location: string;
  image_urls: string[];
  units_sold: number | null;
  language: string | null;
  status: ListingStatus;
  captured_at: string | null;
  first_seen: string;
  last_seen: string;
  raw: Record<string, unknown>;
}

/** Prepares an inserter for many listings; call it inside a transaction. Search text is written alongside. */
export function listingInserter(db: Database.Database): (l: NewListing) => number {
  const insert = db.prepare(`INSERT INTO listing (marketplace, listing_id, url, title, description, brand, price, price_max, currency,
      price_normalised, seller_id, seller_name, seller_location, image_urls, units_sold, language, status, captured_at, first_seen, last_seen, raw)
    VALUES (@marketplace, @listing_id, @url, @title, @description, @brand, @price, @price_max, @currency,
      @price_normalised, @seller_id, @seller_name, @seller_location, @image_urls, @units_sold, @language, @status, @captured_at, @first_seen, @last_seen, @raw)`);
  const index = db.prepare('INSERT INTO listing_fts (rowid, search_text) VALUES (?, ?)');
  return (l) => {
    const id = Number(insert.run({ ...l, image_urls: JSON.stringify(l.image_urls), raw: JSON.stringify(l.raw) }).lastInsertRowid);
    index.run(id, listingSearchText(l));
    return id;
  };
}

/**
 * Drops the listing table's secondary indexes and returns the function that rebuilds them from their own stored
 * SQL: building an index once over many new rows is cheaper than updating it row by row, and the schema ends
 * exactly as the migrations made it. The UNIQUE key stays, so identity still holds during the load.
 * Call both inside the caller's transaction(s).
 */
export function deferListingIndexes(db: Database.Database): () => void {
  const indexes = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'listing' AND sql IS NOT NULL ORDER BY name").all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  return () => {
    // SQLite may sort each index's keys on a helper thread as well; the setting is put back afterwards.
    const threads = db.pragma('threads', { simple: true }) as number;
    db.pragma('threads = 2');
    try {
      for (const index of indexes) db.exec(index.sql);
    } finally {
      db.pragma(`threads = ${threads}`);
    }
  };
}

const SORT_SQL: Record<ListingSortColumn, string> = {
  title: 'title',
  price: 'price_normalised',
  marketplace: 'marketplace',
  seller_name: 'seller_name',
  last_seen: 'last_seen',
  status: 'status',
  risk: 'risk_score',
};

/** The index behind each sort; it carries marketplace and status, so a filtered page is read from it alone. */
const SORT_INDEX: Record<ListingSortColumn, string> = {
  title: 'listing_by_title',
  price: 'listing_by_price',
  marketplace: 'listing_by_marketplace',
  seller_name: 'listing_by_seller_name',
  last_seen: 'listing_by_last_seen',
  status: 'listing_by_status',
  risk: 'listing_by_risk',
};

const ROW_COLUMNS = `id, marketplace, listing_id, url, title, price, price_max, currency, price_normalised, seller_name, seller_location, status, last_seen, risk_score`;

interface ListingDbRow {
  id: number;
  marketplace: string;
  listing_id: string;
  url: string;
  title: string;
  price: number | null;
  price_max: number | null;
  currency: string | null;
  price_normalised: number | null;
  seller_name: string;
  seller_location: string;
  status: ListingStatus;
  last_seen: string;
  risk_score: number | null;
}

const toRow = (r: ListingDbRow): ListingRow => ({
  id: r.id,
  marketplace: r.marketplace,
  listingId: r.listing_id,
  url: r.url,
  title: r.title,
  price: r.price,
  priceMax: r.price_max,
  currency: r.currency,
  priceNormalised: r.price_normalised,
  sellerName: r.seller_name,
  sellerLocation: r.seller_location,
  status: r.status,
  lastSeen: r.last_seen,
  riskScore: r.risk_score,
});

/** WHERE clause and parameters for a filter; the search goes through the FTS index. */
export function filterSql(filter: ListingFilter): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const match = ftsQuery(filter.query);
  if (match) {
    where.push('id IN (SELECT rowid FROM listing_fts WHERE listing_fts MATCH @match)');
    params.match = match;
  }
  if (filter.marketplaces.length) {
    where.push(`marketplace IN (${filter.marketplaces.map((_, i) => `@m${i}`).join(', ')})`);
    filter.marketplaces.forEach((m, i) => (params[`m${i}`] = m));
  }
  if (filter.statuses.length) {
    where.push(`status IN (${filter.statuses.map((_, i) => `@s${i}`).join(', ')})`);
    filter.statuses.forEach((s, i) => (params[`s${i}`] = s));
  }
  if (filter.riskMin !== undefined || filter.riskMax !== undefined) {
    where.push('risk_score BETWEEN @riskMin AND @riskMax');
    params.riskMin = filter.riskMin ?? 0;
    params.riskMax = filter.riskMax ?? 100;
  }
  // A rule's or a product's listings are read once, as a list each row is looked up in. Correlated per listing,
  // SQLite searched the rule's findings again for every listing (finding_by_rule rather than finding_by_listing, with
  // no statistics to tell them apart): 1.1 s for 3,000 listings, growing with the square of the workspace. The +
  // keeps the list from driving a sort index as a skip-scan (every seller name times every listing on the list: 12 s
  // for a page of 200,000 listings by seller, 0.1 s walked).
  if (filter.rule !== undefined) {
    where.push('+id IN (SELECT listing_id FROM finding WHERE rule = @rule)');
    params.rule = filter.rule;
  }
  if (filter.sellerLocation !== undefined) {
    // Trimmed on both sides, as the dashboard groups locations, so a location bar's count is the listings shown.
    where.push('trim(seller_location) = @sellerLocation');
    params.sellerLocation = filter.sellerLocation.trim();
  }
  // As a list, the count of one product's 92,425 listings among 1,000,000 took 199 ms rather than 322 ms.
  if (filter.productId !== undefined) {
    where.push('+id IN (SELECT listing_id FROM listing_match WHERE product_id = @productId)');
    params.productId = filter.productId;
  }
  // first_seen is an ISO timestamp, so a day's end is the start of the next day.
  if (filter.firstSeenFrom !== undefined) {
    where.push('first_seen >= @firstSeenFrom');
    params.firstSeenFrom = filter.firstSeenFrom;
  }
  if (filter.firstSeenTo !== undefined) {
    where.push("first_seen < date(@firstSeenTo, '+1 day')");
    params.firstSeenTo = filter.firstSeenTo;
  }
  return { where, params };
}

/** The condition "comes after this cursor" in the page's order; NULLs sort first ascending, last descending. */
function afterCursorSql(col: string, desc: boolean, cursor: ListingCursor): string {
  if (!desc) return cursor.value === null ? `((${col} IS NULL AND id > @cid) OR ${col} IS NOT NULL)` : `(${col}, id) > (@cv, @cid)`;
  return cursor.value === null ? `(${col} IS NULL AND id < @cid)` : `((${col}, id) < (@cv, @cid) OR ${col} IS NULL)`;
}

export function listingsPage(db: Database.Database, input: ListingPageInput): ListingPage {
  const col = SORT_SQL[input.sort.column];
  const desc = input.sort.direction === 'desc';
  const order = `ORDER BY ${col} ${desc ? 'DESC' : 'ASC'}, id ${desc ? 'DESC' : 'ASC'}`;
  const { where, params } = filterSql(input.filter);
  // Walking the sort index bounds a page's cost by the index size whatever the filter matches; sorting the
  // filter's matches instead costs as much as they are many. A search goes through FTS, which the planner handles.
  const from = params.match === undefined ? `listing INDEXED BY ${SORT_INDEX[input.sort.column]}` : 'listing';

  let cursor = input.after;
  if (!cursor && input.offset) {
    // A jump: find the row just before the offset through the index alone, then read the page by keyset.
    const anchor = run(() =>
      db.prepare(`SELECT ${col} AS value, id FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${order} LIMIT 1 OFFSET @skip`).get({ ...params, skip: input.offset! - 1 }),
    ) as ListingCursor | undefined;
    if (!anchor) return { rows: [], next: null };
    cursor = anchor;
  }
  const conditions = [...where];
  if (cursor) {
    conditions.push(afterCursorSql(col, desc, cursor));
    params.cv = cursor.value;
    params.cid = cursor.id;
  }
  const sql = `SELECT ${ROW_COLUMNS}, ${col} AS sort_value FROM ${from} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ${order} LIMIT @limit`;
  const rows = run(() => db.prepare(sql).all({ ...params, limit: input.limit })) as (ListingDbRow & { sort_value: string | number | null })[];
  const last = rows[rows.length - 1];
  return {
    rows: rows.map(toRow),
    next: last && rows.length === input.limit ? { value: last.sort_value, id: last.id } : null,
  };
}

export function countListings(db: Database.Database, filter: ListingFilter): number {
  const { where, params } = filterSql(filter);
  const row = run(() => db.prepare(`SELECT count(*) AS n FROM listing ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`).get(params)) as { n: number };
  return row.n;
}

export function countAllListings(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM listing').get() as { n: number }).n;
}

export function listingFacets(db: Database.Database): { marketplaces: Facet[]; statuses: Facet[] } {
  const facet = (col: string) =>
    db.prepare(`SELECT ${col} AS value, count(*) AS count FROM listing GROUP BY ${col} ORDER BY count DESC, value`).all() as Facet[];
  return { marketplaces: facet('marketplace'), statuses: facet('status') };
}

export function getListing(db: Database.Database, id: number): ListingDetail {
  const r = db.prepare('SELECT * FROM listing WHERE id = ?').get(id) as
    | (ListingDbRow & { description: string; brand: string; image_urls: string; units_sold: number | null; language: string | null; captured_at: string | null; first_seen: string; seller_id: number | null; raw: string })
    | undefined;
  if (!r) throw new AssayError('not_found', `Listing ${id} does not exist in this workspace.`);
  const seller = r.seller_id === null
    ? null
    : (db.prepare('SELECT id, marketplace, seller_ref, name, location, store_url FROM seller WHERE id = ?').get(r.seller_id) as
        | { id: number; marketplace: string; seller_ref: string; name: string; location: string; store_url: string }
        | undefined);
  const contacts = seller
    ? (db.prepare('SELECT kind, value FROM seller_contact WHERE seller_id = ? ORDER BY kind, value').all(seller.id) as { kind: string; value: string }[])
    : [];
  const cases = db
    .prepare('SELECT c.id, c.name, c.status FROM case_listing cl JOIN "case" c ON c.id = cl.case_id WHERE cl.listing_id = ? ORDER BY c.id')
    .all(id) as { id: number; name: string; status: CaseStatus }[];
  return {
    ...toRow(r),
    description: r.description,
    brand: r.brand,
    imageUrls: JSON.parse(r.image_urls) as string[],
    unitsSold: r.units_sold,
    language: r.language,
    capturedAt: r.captured_at,
    firstSeen: r.first_seen,
    seller: seller
      ? { id: seller.id, marketplace: seller.marketplace, sellerRef: seller.seller_ref, name: seller.name, location: seller.location, storeUrl: seller.store_url, contacts }
      : null,
    cases,
    raw: decodeOriginalRow(r.raw, r, (importId) => importColumns(db, importId)),
    ...listingAssessment(db, id),
  };
}

/** Every listing in a stable order, streamed row by row, for export. */
export function* iterateListings(db: Database.Database): Generator<ListingDbRow & { seller_id: number | null }> {
  yield* db.prepare(`SELECT ${ROW_COLUMNS}, seller_id FROM listing ORDER BY id`).iterate() as IterableIterator<ListingDbRow & { seller_id: number | null }>;
}

/** Runs a query, turning an FTS syntax error from odd input into a sentence rather than a crash. */
function run<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_ERROR' && /fts5/i.test((e as Error).message)) {
      throw new AssayError('invalid_input', 'The search could not be understood; try plain words.');
    }
    throw e;
  }
}

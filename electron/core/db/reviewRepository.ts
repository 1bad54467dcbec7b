// SQL for reviewing listings: which listings a decision targets and their present status, the status change itself,
// a reviewer's match correction, and what the comparison and history read (custody events, prices, stored images).
import type Database from 'better-sqlite3';
import type { ListingFilter, ListingStatus } from '../../api/contract';
import type { ImageReference } from '../../api/reviewContract';
import { filterSql } from './listingsRepository';

export interface ListingStatusRow {
  id: number;
  status: ListingStatus;
}

/** Rows per `IN (…)` list: well under SQLite's variable limit, and one prepared statement reused for full chunks. */
const CHUNK = 500;

/** The present status of each listing that exists among `ids`, in id order. */
export function listingStatuses(db: Database.Database, ids: readonly number[]): ListingStatusRow[] {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  const full = db.prepare(`SELECT id, status FROM listing WHERE id IN (${Array(CHUNK).fill('?').join(', ')}) ORDER BY id`);
  const out: ListingStatusRow[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const stmt = chunk.length === CHUNK ? full : db.prepare(`SELECT id, status FROM listing WHERE id IN (${chunk.map(() => '?').join(', ')}) ORDER BY id`);
    out.push(...(stmt.all(...chunk) as ListingStatusRow[]));
  }
  return out;
}

/** Every listing the grid's filter matches, with its status, in id order (the grid's own WHERE clause). */
export function filteredListingStatuses(db: Database.Database, filter: ListingFilter): ListingStatusRow[] {
  const { where, params } = filterSql(filter);
  return db.prepare(`SELECT id, status FROM listing ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`).all(params) as ListingStatusRow[];
}

/** Prepares the status change of one listing; call it inside the transaction that logs it. */
export function listingStatusWriter(db: Database.Database): (id: number, status: ListingStatus) => void {
  const update = db.prepare('UPDATE listing SET status = ? WHERE id = ?');
  return (id, status) => {
    update.run(status, id);
  };
}

export interface MatchRecord {
  productId: number | null;
  score: number;
  corrected: boolean;
  candidates: { productId: number; sku: string; score: number }[];
  riskScore: number;
  /** Empty when the listing's inputs changed (a correction) after its findings were written. */
  inputHash: string;
}

export function listingMatch(db: Database.Database, listingId: number): MatchRecord | null {
  const r = db.prepare('SELECT product_id, score, corrected, candidates, risk_score, input_hash FROM listing_match WHERE listing_id = ?').get(listingId) as
    | { product_id: number | null; score: number; corrected: number; candidates: string; risk_score: number; input_hash: string }
    | undefined;
  if (!r) return null;
  return {
    productId: r.product_id,
    score: r.score,
    corrected: r.corrected === 1,
    candidates: JSON.parse(r.candidates) as MatchRecord['candidates'],
    riskScore: r.risk_score,
    inputHash: r.input_hash,
  };
}

/**
 * Records a reviewer's choice of product (or of none). The input hash is cleared so the next `assay score`
 * re-scores the listing against the chosen product; scoring keeps a corrected match.
 */
export function setCorrectedMatch(db: Database.Database, listingId: number, productId: number | null): void {
  db.prepare("UPDATE listing_match SET product_id = ?, corrected = 1, input_hash = '' WHERE listing_id = ?").run(productId, listingId);
}

export function productRefs(db: Database.Database, ids: readonly number[]): Map<number, { sku: string; name: string }> {
  const rows = rowsWithIdIn(db, 'SELECT id, sku, name FROM product WHERE id IN', ids) as { id: number; sku: string; name: string }[];
  return new Map(rows.map((r) => [r.id, { sku: r.sku, name: r.name }]));
}

function rowsWithIdIn(db: Database.Database, head: string, ids: readonly number[]): unknown[] {
  if (ids.length === 0) return [];
  return db.prepare(`${head} (${ids.map(() => '?').join(', ')})`).all(...ids);
}

export interface CustodyRecord {
  seq: number;
  at: string;
  actor: string;
  action: string;
  details: Record<string, unknown>;
}

/** A listing's custody events, newest first, through the custody_event_by_subject index. */
export function listingCustodyEvents(db: Database.Database, listingId: number, limit = 500): CustodyRecord[] {
  const rows = db
    .prepare("SELECT seq, at, actor, action, details FROM custody_event WHERE subject_type = 'listing' AND subject_id = ? ORDER BY seq DESC LIMIT ?")
    .all(String(listingId), limit) as { seq: number; at: string; actor: string; action: string; details: string }[];
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
}

export function listingPrices(db: Database.Database, listingId: number, limit = 200): { seenAt: string; price: number | null; priceMax: number | null; currency: string | null }[] {
  return db
    .prepare('SELECT seen_at AS seenAt, price, price_max AS priceMax, currency FROM listing_price WHERE listing_id = ? ORDER BY seen_at DESC, id DESC LIMIT ?')
    .all(listingId, limit) as { seenAt: string; price: number | null; priceMax: number | null; currency: string | null }[];
}

const IMAGE_COLUMNS = 'e.id AS evidenceId, e.sha256, e.original_name AS originalName, e.media_type AS mediaType';

/**
 * The listing's stored images: photos and screenshots attached to it, and every file attached as one of its
 * images (`assay import --images`), even one that turned out not to be an image, so its sentence is shown too.
 */
export function listingImages(db: Database.Database, listingId: number): ImageReference[] {
  return db
    .prepare(`SELECT ${IMAGE_COLUMNS} FROM listing_evidence le JOIN evidence e ON e.id = le.evidence_id
      WHERE le.listing_id = ? AND (e.media_type LIKE 'image/%' OR e.kind = 'listing_image') ORDER BY e.id`)
    .all(listingId) as ImageReference[];
}

/**
 * A product's stored official photos: those its spec sheet's import linked to it (product_evidence; the sheet may
 * name them with a folder, "photos/front.png"), and any it names by SHA-256 or by file name.
 */
export function officialImages(db: Database.Database, productId: number, references: readonly string[]): ImageReference[] {
  const marks = references.map(() => '?').join(', ');
  const named = references.length > 0 ? ` OR e.sha256 IN (${marks}) OR e.original_name IN (${marks})` : '';
  return db
    .prepare(`SELECT ${IMAGE_COLUMNS} FROM evidence e WHERE e.kind = 'official_image' AND (e.id IN (SELECT evidence_id FROM product_evidence WHERE product_id = ?)${named}) ORDER BY e.id`)
    .all(productId, ...references.map((r) => r.toLowerCase()), ...references) as ImageReference[];
}

export const listingExists = (db: Database.Database, listingId: number): boolean => db.prepare('SELECT 1 FROM listing WHERE id = ?').get(listingId) !== undefined;

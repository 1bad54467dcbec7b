// SQL over images for scoring: the perceptual hash of each stored image file, the images attached to each
// listing and to each genuine product (its official photos), and the images that have no hash yet.
import type Database from 'better-sqlite3';

export interface ImageHashRow {
  sha256: string;
  dhash: string | null;
  width: number | null;
  height: number | null;
  error: string | null;
}

/** Records a file's hash (or why it has none); a second hash of the same bytes replaces the first. */
export function saveImageHash(db: Database.Database, row: ImageHashRow, at: string): void {
  db.prepare(
    `INSERT INTO image_hash (sha256, dhash, width, height, error, hashed_at) VALUES (@sha256, @dhash, @width, @height, @error, @at)
     ON CONFLICT (sha256) DO UPDATE SET dhash = excluded.dhash, width = excluded.width, height = excluded.height, error = excluded.error, hashed_at = excluded.hashed_at`,
  ).run({ ...row, at });
}

/** Image files catalogued as listing images or official photos that have not been hashed yet. */
export function unhashedImageFiles(db: Database.Database): { sha256: string; originalName: string }[] {
  return db
    .prepare(
      `SELECT e.sha256, min(e.original_name) AS originalName FROM evidence e LEFT JOIN image_hash h ON h.sha256 = e.sha256
       WHERE e.kind IN ('listing_image', 'official_image') AND h.sha256 IS NULL GROUP BY e.sha256 ORDER BY e.sha256`,
    )
    .all() as { sha256: string; originalName: string }[];
}

export function linkProductEvidence(db: Database.Database, productId: number, evidenceId: number): boolean {
  return db.prepare('INSERT INTO product_evidence (product_id, evidence_id) VALUES (?, ?) ON CONFLICT DO NOTHING').run(productId, evidenceId).changes === 1;
}

/** The official photos a product already has, by SHA-256, so an import run twice stores each once. */
export function productImageHashes(db: Database.Database, productId: number): Set<string> {
  const rows = db.prepare('SELECT e.sha256 FROM product_evidence pe JOIN evidence e ON e.id = pe.evidence_id WHERE pe.product_id = ?').all(productId) as { sha256: string }[];
  return new Set(rows.map((r) => r.sha256));
}

/** The products of one import with the official image names their spec sheet gave. */
export function importedProductImages(db: Database.Database, importId: number): { id: number; sku: string; officialImages: string[] }[] {
  const rows = db.prepare("SELECT id, sku, official_images FROM product WHERE (import_id = ? OR first_import_id = ?) AND official_images <> '[]' ORDER BY id").all(importId, importId) as {
    id: number;
    sku: string;
    official_images: string;
  }[];
  return rows.map((r) => ({ id: r.id, sku: r.sku, officialImages: JSON.parse(r.official_images) as string[] }));
}

/** Listing rows whose marketplace item number is `listingId`, among the given marketplaces (all when empty). */
export function listingRowsByItemNumber(db: Database.Database): (listingId: string, marketplaces: readonly string[]) => { id: number; marketplace: string }[] {
  const all = (db.prepare('SELECT DISTINCT marketplace FROM listing').all() as { marketplace: string }[]).map((r) => r.marketplace);
  const one = db.prepare('SELECT id, marketplace FROM listing WHERE marketplace = ? AND listing_id = ?');
  return (listingId, marketplaces) =>
    (marketplaces.length > 0 ? marketplaces : all).flatMap((m) => (one.all(m, listingId) as { id: number; marketplace: string }[]));
}

/** The marketplaces of the listings an import wrote (new or updated), or its stated marketplace. */
export function importMarketplaces(db: Database.Database, importId: number): string[] {
  const stated = db.prepare('SELECT marketplace FROM import WHERE id = ?').get(importId) as { marketplace: string | null } | undefined;
  if (stated?.marketplace) return [stated.marketplace];
  return (db.prepare('SELECT DISTINCT marketplace FROM listing WHERE import_id = ? OR first_import_id = ?').all(importId, importId) as { marketplace: string }[]).map((r) => r.marketplace);
}

export interface ListingImageRow {
  listingId: number;
  sellerKey: string;
  originalName: string;
  sha256: string;
  dhash: string | null;
  error: string | null;
}

/** Every listing image with its hash (null until hashed) and the listing's seller, in listing and evidence order. */
export function listingImageRows(db: Database.Database): ListingImageRow[] {
  return db
    .prepare(
      `SELECT le.listing_id AS listingId, l.marketplace || ':' || coalesce(s.seller_ref, l.seller_name) AS sellerKey, e.original_name AS originalName, e.sha256, h.dhash, h.error
       FROM listing_evidence le JOIN evidence e ON e.id = le.evidence_id JOIN listing l ON l.id = le.listing_id LEFT JOIN seller s ON s.id = l.seller_id
       LEFT JOIN image_hash h ON h.sha256 = e.sha256
       WHERE e.kind = 'listing_image' AND e.redacts_evidence_id IS NULL ORDER BY le.listing_id, e.id`,
    )
    .all() as ListingImageRow[];
}

export interface OfficialImageRow {
  productId: number;
  originalName: string;
  sha256: string;
  dhash: string | null;
}

/** Every official product photo with its hash (null until hashed or when unreadable). */
export function officialImageRows(db: Database.Database): OfficialImageRow[] {
  return db
    .prepare(
      `SELECT pe.product_id AS productId, e.original_name AS originalName, e.sha256, h.dhash FROM product_evidence pe JOIN evidence e ON e.id = pe.evidence_id
       LEFT JOIN image_hash h ON h.sha256 = e.sha256 ORDER BY pe.product_id, e.id`,
    )
    .all() as OfficialImageRow[];
}

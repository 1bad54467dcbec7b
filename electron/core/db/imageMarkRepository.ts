// SQL behind the image marks of one listing: its listing images with their perceptual hashes, the official photos
// a finding names (by product SKU and file name), and the listing's findings of the images rule.
import type Database from 'better-sqlite3';

export interface HashedImage {
  sha256: string;
  originalName: string;
  /** Null until hashed, or when the image could not be read. */
  dhash: string | null;
}

/** The listing's images as the images rule saw them (listing images, not redactions), in evidence order. */
export function listingImageHashes(db: Database.Database, listingId: number): HashedImage[] {
  return db
    .prepare(
      `SELECT e.sha256, e.original_name AS originalName, h.dhash FROM listing_evidence le JOIN evidence e ON e.id = le.evidence_id
       LEFT JOIN image_hash h ON h.sha256 = e.sha256
       WHERE le.listing_id = ? AND e.kind = 'listing_image' AND e.redacts_evidence_id IS NULL ORDER BY e.id`,
    )
    .all(listingId) as HashedImage[];
}

/** The stored official photos of the product with this SKU that carry this file name. */
export function officialPhotosNamed(db: Database.Database, sku: string, originalName: string): HashedImage[] {
  return db
    .prepare(
      `SELECT DISTINCT e.sha256, e.original_name AS originalName, h.dhash FROM product p JOIN product_evidence pe ON pe.product_id = p.id
       JOIN evidence e ON e.id = pe.evidence_id LEFT JOIN image_hash h ON h.sha256 = e.sha256
       WHERE p.sku = ? AND e.original_name = ? ORDER BY e.sha256`,
    )
    .all(sku, originalName) as HashedImage[];
}

/** The listing's findings of the images rule that point at a match, in the order scoring wrote them. */
export function imageMatchFindings(db: Database.Database, listingId: number): { rule: string; message: string }[] {
  return db
    .prepare("SELECT rule, message FROM finding WHERE listing_id = ? AND rule IN ('image.official_photo', 'image.shared_across_sellers') ORDER BY id")
    .all(listingId) as { rule: string; message: string }[];
}

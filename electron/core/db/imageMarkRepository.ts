// SQL behind the image marks of one listing: its listing images, its findings of the images rule with the stored
// images they concern (finding.image_sha256, photo_sha256, other_sellers), and the official photo with given bytes.
import type Database from 'better-sqlite3';
import type { ImageMarkRule } from '../../api/imageContract';

export interface StoredImage {
  sha256: string;
  originalName: string;
}

/** The listing's images as the images rule saw them (listing images, not redactions), in evidence order. */
export function listingImageFiles(db: Database.Database, listingId: number): StoredImage[] {
  return db
    .prepare(
      `SELECT e.sha256, e.original_name AS originalName FROM listing_evidence le JOIN evidence e ON e.id = le.evidence_id
       WHERE le.listing_id = ? AND e.kind = 'listing_image' AND e.redacts_evidence_id IS NULL ORDER BY e.id`,
    )
    .all(listingId) as StoredImage[];
}

export interface ImageMatchFinding {
  rule: ImageMarkRule;
  message: string;
  imageSha256: string;
  /** The official photo copied (image.official_photo). */
  photoSha256: string | null;
  /** How many other sellers list the image (image.shared_across_sellers). */
  otherSellers: number | null;
}

/**
 * The listing's findings of the images rule that point at a match, in the order scoring wrote them. Findings
 * scored before findings named their image (image_sha256 null) are left out: they mark nothing.
 */
export function imageMatchFindings(db: Database.Database, listingId: number): ImageMatchFinding[] {
  return db
    .prepare(
      `SELECT rule, message, image_sha256 AS imageSha256, photo_sha256 AS photoSha256, other_sellers AS otherSellers FROM finding
       WHERE listing_id = ? AND rule IN ('image.official_photo', 'image.shared_across_sellers') AND image_sha256 IS NOT NULL ORDER BY id`,
    )
    .all(listingId) as ImageMatchFinding[];
}

/**
 * The official photo with these bytes as scoring names it (its file name and its product's SKU), one statement for
 * many lookups; bytes that are several products' photos name the first product's, as scoringImages does.
 */
export function officialPhotoReader(db: Database.Database): (sha256: string) => { originalName: string; sku: string } | undefined {
  const photo = db.prepare(
    `SELECT e.original_name AS originalName, p.sku FROM evidence e JOIN product_evidence pe ON pe.evidence_id = e.id JOIN product p ON p.id = pe.product_id
     WHERE e.sha256 = ? ORDER BY pe.product_id, e.id LIMIT 1`,
  );
  return (sha256) => photo.get(sha256) as { originalName: string; sku: string } | undefined;
}

// What the images rule needs about every listing, worked out once per scoring run: each listing's images with
// their hash (or the reason there is none), the nearest official product photo within the threshold, and the other
// sellers whose listings carry a near-identical image. A listing's entry goes into its input hash, so attaching an
// image, or another seller reusing it, re-scores exactly the listings it concerns. Images and official photos are
// named by SHA-256 too, so the findings say which stored file they concern.
import type Database from 'better-sqlite3';
import { listingImageRows, officialImageRows } from '../../db/imageHashRepository';
import type { ListingImage } from '../rules/imageRule';
import { createNearImageIndex, isTooPlainToCompare } from './nearImageIndex';

/** Bits of 64 within which a listing image counts as a copy of an official photo (resized and re-compressed copies measured 2–7; unrelated shots 23 and more). */
export const OFFICIAL_PHOTO_MAX_DISTANCE = 10;
/** Tighter for listing against listing: two sellers' own photos of the same product can be close, but not this close. */
export const SHARED_IMAGE_MAX_DISTANCE = 8;

/** The order the images rule numbers a listing's images in ("Image 1", "Image 2", …): by file name, "A123.jpg" before "A123_2.png". */
export function compareImageNames(a: string, b: string): number {
  // Compare the names without their extensions first, so an extension cannot sort "A123_2" ahead of "A123".
  const stem = (name: string) => name.replace(/\.[^.]*$/, '');
  return stem(a).localeCompare(stem(b), 'en', { numeric: true }) || a.localeCompare(b);
}

export interface ScoringImages {
  byListing: ReadonlyMap<number, ListingImage[]>;
}

export function scoringImages(db: Database.Database, skuOf: ReadonlyMap<number, string>): ScoringImages {
  const officialRows = officialImageRows(db);
  const rows = listingImageRows(db);
  const comparable = (dhash: string | null): dhash is string => dhash !== null && !isTooPlainToCompare(dhash);
  const officialIndex = createNearImageIndex(
    officialRows.filter((r) => comparable(r.dhash)).map((r) => ({ dhash: r.dhash!, value: { name: r.originalName, sku: skuOf.get(r.productId) ?? `product ${r.productId}`, sha256: r.sha256 } })),
    OFFICIAL_PHOTO_MAX_DISTANCE,
  );
  const listingIndex = createNearImageIndex(rows.filter((r) => comparable(r.dhash)).map((r) => ({ dhash: r.dhash!, value: r.sellerKey })), SHARED_IMAGE_MAX_DISTANCE);

  const byListing = new Map<number, ListingImage[]>();
  for (const r of rows) {
    const images = byListing.get(r.listingId) ?? [];
    if (images.length === 0) byListing.set(r.listingId, images);
    const official = comparable(r.dhash) ? officialIndex.near(r.dhash)[0] : undefined;
    const otherSellers = comparable(r.dhash) ? [...new Set(listingIndex.near(r.dhash).map((n) => n.value).filter((s) => s !== r.sellerKey))].sort() : [];
    images.push({
      position: 0,
      name: r.originalName,
      sha256: r.sha256,
      dhash: r.dhash,
      error: r.dhash === null ? r.error : null,
      official: official ? { ...official.value, distance: official.distance } : null,
      otherSellers,
    });
  }
  for (const images of byListing.values()) {
    images.sort((a, b) => compareImageNames(a.name, b.name));
    images.forEach((image, i) => (image.position = i + 1));
  }
  return { byListing };
}

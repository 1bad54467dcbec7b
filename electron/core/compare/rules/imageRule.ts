// Images: a listing image within a few bits (dHash) of one of the brand's official product photos is stolen
// product photography; the same image in listings of other sellers is noted too; an image that cannot be opened
// is said plainly and not compared. Pure: the hashes and near neighbours are worked out before (scoringImages.ts).
// Each finding carries the SHA-256 of the image it concerns (and of the official photo), for the marks beside it.
import type { Finding } from './finding';
import { weightOf, type RuleWeights } from './ruleWeights';

/** One image attached to the listing, with what scoring knows about it. */
export interface ListingImage {
  /** 1 for the listing's first image, in file-name order. */
  position: number;
  name: string;
  /** SHA-256 of the stored image file. */
  sha256: string;
  /** 16 hex digits; null when not hashed (see `error`). */
  dhash: string | null;
  /** Why the image could not be hashed, as a clause ("it cannot be decoded (…)"). */
  error: string | null;
  /** The nearest official photo within the threshold, if any. */
  official: { name: string; sku: string; sha256: string; distance: number } | null;
  /** Other sellers ("marketplace:seller") with a listing carrying a near-identical image, sorted. */
  otherSellers: string[];
}

const SELLERS_NAMED = 3;

export function imageRule(images: readonly ListingImage[], weights: Partial<RuleWeights>): Finding[] {
  const findings: Finding[] = [];
  for (const image of images) {
    const which = `Image ${image.position} of this listing (${image.name})`;
    if (image.dhash === null) {
      if (image.error !== null) {
        findings.push({
          rule: 'image.unreadable',
          severity: 'info',
          expected: 'an image that can be opened',
          observed: image.error,
          weight: weightOf(weights, 'image.unreadable'),
          message: `${which} was not compared: ${image.error}.`,
          image: { sha256: image.sha256 },
        });
      }
      continue;
    }
    if (image.official) {
      const { name, sku, distance } = image.official;
      findings.push({
        rule: 'image.official_photo',
        severity: 'high',
        expected: 'photos of the item actually offered',
        observed: `the official photo ${name} of ${sku}, ${distance} of 64 bits apart`,
        weight: weightOf(weights, 'image.official_photo'),
        message: `Image ${image.position} of this listing is the brand's official photo ${name} of ${sku} (distance ${distance} of 64 bits).`,
        image: { sha256: image.sha256, photoSha256: image.official.sha256 },
      });
      // Official photos are meant to be shared (authorised resellers use them): reuse is noted for other images only.
      continue;
    }
    if (image.otherSellers.length > 0) {
      const n = image.otherSellers.length;
      const named = image.otherSellers.slice(0, SELLERS_NAMED).join(', ') + (n > SELLERS_NAMED ? ` and ${n - SELLERS_NAMED} more` : '');
      findings.push({
        rule: 'image.shared_across_sellers',
        severity: 'medium',
        expected: 'an image of this seller’s own',
        observed: `the same image in listings of ${n} other ${n === 1 ? 'seller' : 'sellers'}`,
        weight: weightOf(weights, 'image.shared_across_sellers'),
        message: `${which} also appears in listings of ${n} other ${n === 1 ? 'seller' : 'sellers'} (${named}).`,
        image: { sha256: image.sha256, otherSellers: n },
      });
    }
  }
  return findings;
}

// Which of a listing's images the images rule matched, for the marks in the side-by-side comparison. Taken from the
// findings the last `assay score` wrote (never worked out afresh), so a mark always has a finding behind it: an
// official-photo finding names the image by its position and the photo by name, a shared-image finding names the
// image by name. The position is checked against the perceptual hashes, so images attached since scoring cannot
// shift a mark onto the wrong picture.
import type Database from 'better-sqlite3';
import type { ImageMark, ListingImageMarks } from '../../api/imageContract';
import { hammingDistance } from '../compare/images/perceptualHash';
import { imageMatchFindings, listingImageHashes, officialPhotosNamed, type HashedImage } from '../db/imageMarkRepository';
import { listingExists } from '../db/reviewRepository';
import { AssayError } from '../errors';

// The sentences of imageRule.ts (compare/rules/imageRule.ts); test/integration/imageMarks.test.ts scores real images
// and fails if they drift apart.
const OFFICIAL_PHOTO = /^Image (\d+) of this listing is the brand's official photo (.+) of (.+) \(distance (\d+) of 64 bits\)\.$/;
const SHARED_IMAGE = /^Image \d+ of this listing \((.+)\) also appears in listings of (\d+) other sellers? \(/;

/** Images in the order the images rule numbers them: "A123.jpg" before "A123_2.png" (names without extensions first). */
export function inRuleOrder<T extends { originalName: string }>(images: readonly T[]): T[] {
  const stem = (name: string) => name.replace(/\.[^.]*$/, '');
  return [...images].sort((a, b) => stem(a.originalName).localeCompare(stem(b.originalName), 'en', { numeric: true }) || a.originalName.localeCompare(b.originalName));
}

const distanceBetween = (a: HashedImage, b: HashedImage): number | null => (a.dhash && b.dhash ? hammingDistance(a.dhash, b.dhash) : null);

export function listingImageMarks(db: Database.Database, listingId: number): ListingImageMarks {
  if (!listingExists(db, listingId)) throw new AssayError('not_found', `There is no listing with id ${listingId}.`);
  const images = inRuleOrder(listingImageHashes(db, listingId));
  const marks: ListingImageMarks = { listingId, imageOrder: [...new Set(images.map((i) => i.sha256))], listing: [], official: [] };
  const add = (list: ImageMark[], mark: ImageMark) => {
    if (!list.some((m) => m.sha256 === mark.sha256 && m.label === mark.label)) list.push(mark);
  };

  for (const finding of imageMatchFindings(db, listingId)) {
    const official = OFFICIAL_PHOTO.exec(finding.message);
    if (finding.rule === 'image.official_photo' && official) {
      const [, position, photoName, sku, distance] = official as unknown as [string, string, string, string, string];
      const photos = officialPhotosNamed(db, sku, photoName);
      const atDistance = (image: HashedImage) => photos.some((photo) => distanceBetween(image, photo) === Number(distance));
      // The image at the finding's position, unless images added since scoring moved it; then the one that fits.
      const byPosition = images[Number(position) - 1];
      const image = byPosition && atDistance(byPosition) ? byPosition : images.find(atDistance);
      if (image) add(marks.listing, { sha256: image.sha256, rule: 'image.official_photo', label: `Official photo ${photoName} of ${sku}`, message: finding.message });
      for (const photo of photos) {
        add(marks.official, { sha256: photo.sha256, rule: 'image.official_photo', label: image ? `Reused as ${image.originalName}` : 'Reused in this listing', message: finding.message });
      }
      continue;
    }
    const shared = SHARED_IMAGE.exec(finding.message);
    if (finding.rule === 'image.shared_across_sellers' && shared) {
      const [, imageName, sellers] = shared as unknown as [string, string, string];
      const n = Number(sellers);
      for (const image of images.filter((i) => i.originalName === imageName)) {
        add(marks.listing, { sha256: image.sha256, rule: 'image.shared_across_sellers', label: `Also listed by ${n} other ${n === 1 ? 'seller' : 'sellers'}`, message: finding.message });
      }
    }
  }
  return marks;
}

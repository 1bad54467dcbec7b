// Which of a listing's images the images rule matched, for the marks in the side-by-side comparison. Taken from the
// findings the last `assay score` wrote (never worked out afresh), so a mark always has a finding behind it: each
// finding names its listing image and the official photo it copies by SHA-256. A finding whose image is no longer
// attached, or whose photo is no longer in the catalogue, marks nothing until the next scoring.
import type Database from 'better-sqlite3';
import type { ImageMark, ListingImageMarks } from '../../api/imageContract';
import { compareImageNames } from '../compare/images/scoringImages';
import { imageMatchFindings, listingImageFiles, officialPhotoReader } from '../db/imageMarkRepository';
import { listingExists } from '../db/reviewRepository';
import { AssayError } from '../errors';

export function listingImageMarks(db: Database.Database, listingId: number): ListingImageMarks {
  if (!listingExists(db, listingId)) throw new AssayError('not_found', `There is no listing with id ${listingId}.`);
  const images = listingImageFiles(db, listingId).sort((a, b) => compareImageNames(a.originalName, b.originalName));
  const nameOf = new Map<string, string>();
  for (const image of images) if (!nameOf.has(image.sha256)) nameOf.set(image.sha256, image.originalName);
  const marks: ListingImageMarks = { listingId, imageOrder: [...nameOf.keys()], listing: [], official: [] };
  const add = (list: ImageMark[], mark: ImageMark) => {
    if (!list.some((m) => m.sha256 === mark.sha256 && m.label === mark.label)) list.push(mark);
  };
  const officialPhoto = officialPhotoReader(db);

  for (const { rule, message, imageSha256, photoSha256, otherSellers } of imageMatchFindings(db, listingId)) {
    const imageName = nameOf.get(imageSha256);
    if (imageName === undefined) continue;
    if (rule === 'image.official_photo') {
      const photo = photoSha256 === null ? undefined : officialPhoto(photoSha256);
      if (!photo) continue;
      add(marks.listing, { sha256: imageSha256, rule, label: `Official photo ${photo.originalName} of ${photo.sku}`, message });
      add(marks.official, { sha256: photoSha256!, rule, label: `Reused as ${imageName}`, message });
    } else if (otherSellers !== null) {
      add(marks.listing, { sha256: imageSha256, rule, label: `Also listed by ${otherSellers} other ${otherSellers === 1 ? 'seller' : 'sellers'}`, message });
    }
  }
  return marks;
}

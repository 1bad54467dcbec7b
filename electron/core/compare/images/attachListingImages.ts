// `assay import FILE --images DIR`: after the import, each image in DIR named after a listing's item number
// (`<listing_id>.jpg`, `<listing_id>_2.png`, …) is stored in the evidence store as a 'listing_image', linked to
// that listing, and hashed for the images rule. Nothing is downloaded; a file that names no listing is reported.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { addEvidence } from '../../cases/addEvidence';
import type { EvidenceStore } from '../../cases/evidenceStore';
import { importMarketplaces, listingRowsByItemNumber } from '../../db/imageHashRepository';
import { AssayError } from '../../errors';
import { hashMissingImages, type HashedImages } from './hashStoredImages';

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.gif', '.webp', '.tif', '.tiff', '.bmp', '.avif', '.heic', '.heif'] as const;

export interface AttachedImages {
  /** Image files found in the folder. */
  files: number;
  /** Links made from a listing to an image (a file may name listings on two marketplaces). */
  attached: number;
  /** Already linked to that listing by an earlier run. */
  alreadyAttached: number;
  /** Files whose name matches no listing's item number. */
  unmatched: string[];
  hashing: HashedImages;
}

/** Refuses a folder that does not exist (checked before the import starts, so nothing is half done). */
export function checkImagesFolder(dir: string): string {
  const resolved = path.resolve(dir);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    throw new AssayError('not_found', `The images folder ${resolved} does not exist.`);
  }
  if (!stat.isDirectory()) throw new AssayError('invalid_input', `--images takes a folder of images; ${resolved} is a file.`);
  return resolved;
}

/**
 * The item number and image position a file name stands for: "A123.jpg" is image 1 of A123, "A123_2.png" image 2.
 * Item numbers may contain underscores themselves, so the whole name is tried first.
 */
export function imageFileTargets(fileName: string): { itemNumber: string; position: number }[] {
  const stem = path.basename(fileName, path.extname(fileName));
  const targets = [{ itemNumber: stem, position: 1 }];
  const numbered = /^(.+)_(\d{1,3})$/.exec(stem);
  if (numbered) targets.push({ itemNumber: numbered[1]!, position: Number(numbered[2]) });
  return targets;
}

export const isImageFile = (name: string): boolean => (IMAGE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());

export async function attachListingImages(
  db: Database.Database,
  store: EvidenceStore,
  input: { dir: string; importId: number; actor: string; at: string },
): Promise<AttachedImages> {
  const dir = checkImagesFolder(input.dir);
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && isImageFile(d.name))
    .map((d) => d.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const marketplaces = importMarketplaces(db, input.importId);
  const rowsFor = listingRowsByItemNumber(db);
  const result: AttachedImages = { files: names.length, attached: 0, alreadyAttached: 0, unmatched: [], hashing: { hashed: 0, unreadable: [] } };

  for (const name of names) {
    const listings = imageFileTargets(name)
      .map((t) => rowsFor(t.itemNumber, marketplaces))
      .find((rows) => rows.length > 0);
    if (!listings) {
      result.unmatched.push(name);
      continue;
    }
    for (const listing of listings) {
      const added = await addEvidence(db, store, { file: path.join(dir, name), originalName: name, kind: 'listing_image', listingId: listing.id, actor: input.actor, at: input.at });
      if (added.newRow) result.attached += 1;
      else result.alreadyAttached += 1;
    }
  }
  result.hashing = await hashMissingImages(db, store, input.at);
  return result;
}

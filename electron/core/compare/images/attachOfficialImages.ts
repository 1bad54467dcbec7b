// `assay products import SHEET`: the official photos a spec sheet names (product.official_images) are local files
// beside the sheet (or a path relative to its folder). Each is stored in the evidence store as an 'official_image',
// linked to its product, and hashed, so the images rule can recognise listings that reuse them. A web address or
// a missing file is reported, never fetched.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { addEvidence } from '../../cases/addEvidence';
import type { EvidenceStore } from '../../cases/evidenceStore';
import { importedProductImages, linkProductEvidence, productImageHashes } from '../../db/imageHashRepository';
import { sha256File } from '../../hashing';
import { hashMissingImages, type HashedImages } from './hashStoredImages';

export interface AttachedOfficialImages {
  /** Photos newly stored and linked to their product. */
  attached: number;
  /** Already linked to that product by an earlier import. */
  alreadyAttached: number;
  /** Names that could not be used, each with its product's SKU and a reason. */
  skipped: { sku: string; name: string; reason: string }[];
  hashing: HashedImages;
}

export async function attachOfficialImages(
  db: Database.Database,
  store: EvidenceStore,
  input: { specSheet: string; importId: number; actor: string; at: string },
): Promise<AttachedOfficialImages> {
  const folder = path.dirname(path.resolve(input.specSheet));
  const result: AttachedOfficialImages = { attached: 0, alreadyAttached: 0, skipped: [], hashing: { hashed: 0, unreadable: [] } };
  for (const product of importedProductImages(db, input.importId)) {
    const known = productImageHashes(db, product.id);
    for (const name of product.officialImages) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name)) {
        result.skipped.push({ sku: product.sku, name, reason: 'it is a web address; Assay downloads nothing, so put the file beside the spec sheet and name it instead' });
        continue;
      }
      const file = path.resolve(folder, name);
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
        result.skipped.push({ sku: product.sku, name, reason: `there is no file ${file}` });
        continue;
      }
      if (known.has(await sha256File(file))) {
        result.alreadyAttached += 1;
        continue;
      }
      const added = await addEvidence(db, store, { file, originalName: path.basename(name), kind: 'official_image', actor: input.actor, at: input.at, note: `Official photo of ${product.sku}` });
      linkProductEvidence(db, product.id, added.evidence.id);
      known.add(added.evidence.sha256);
      result.attached += 1;
    }
  }
  result.hashing = await hashMissingImages(db, store, input.at);
  return result;
}
